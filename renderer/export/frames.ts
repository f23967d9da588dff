/**
 * The scenes of an animation: each stop laid out once (as the stage lays out a step), and any
 * moment between two stops tweened exactly as the stage tweens them. Pure: no DOM.
 */
import type { Trace } from '../../interpreter/trace/types';
import { layoutScene, type StagePart } from '../scene/layout';
import { sceneInputAt } from '../scene/sceneInput';
import type { Theme } from '../scene/theme';
import type { TraceIndex } from '../scene/traceIndex';
import { tweenScene } from '../scene/tween';
import type { Scene, StageSize } from '../scene/types';
import type { Moment, Timeline } from './timing';

export interface SceneSettings {
  /** The stage size the scenes are laid out for (output pixels / pixel ratio). */
  size: StageSize;
  theme: Theme;
  parts: ReadonlySet<StagePart>;
}

export class SceneSource {
  private readonly laidOut = new Map<number, Scene>();

  constructor(
    private readonly trace: Trace,
    private readonly index: TraceIndex,
    private readonly settings: SceneSettings,
  ) {}

  /** The scene of one step, settled. */
  sceneOfStep(step: number): Scene {
    let scene = this.laidOut.get(step);
    if (!scene) {
      const { size, theme, parts } = this.settings;
      scene = layoutScene(sceneInputAt(this.trace, this.index, step), size, theme, parts);
      // Only the last few are needed at a time when walking an animation in order.
      if (this.laidOut.size > 64) this.laidOut.clear();
      this.laidOut.set(step, scene);
    }
    return scene;
  }

  sceneAt(timeline: Timeline, moment: Moment): Scene {
    const to = this.sceneOfStep(timeline.stops[moment.to]);
    if (moment.from === moment.to) return to;
    return tweenScene(this.sceneOfStep(timeline.stops[moment.from]), to, moment.t);
  }
}
