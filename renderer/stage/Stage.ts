/**
 * The stage: one SVG that D3 owns. It reads the store through `subscribe` (outside React), lays
 * out the scene of the current step and moves to it with a d3-transition whose every frame draws
 * `tweenScene(from, to, t)` — the same scenes an exporter draws, so the screen never shows
 * anything an export would not.
 */
// Using `interrupt` from d3-transition also installs selection.transition (d3 is side-effect free
// for bundlers, d3-transition is not).
import { easeCubicInOut, interrupt, select } from 'd3';
import { layoutScene, STAGE_PARTS, type StagePart } from '../scene/layout';
import { emptySceneInput, sceneInputAt, type SceneInput } from '../scene/sceneInput';
import { themeNamed } from '../scene/theme';
import { tweenScene } from '../scene/tween';
import type { Scene, StageSize } from '../scene/types';
import { motionDuration } from '../store/playbackSlice';
import type { AppStore, Store } from '../store/store';
import { drawScene } from './svgPainter';

export interface StageOptions {
  /** Whether motion should be skipped (prefers-reduced-motion). Asked at every move. */
  reducedMotion?: () => boolean;
}

export class Stage {
  readonly svg: SVGSVGElement;
  private readonly layer: SVGGElement;
  private size: StageSize = { width: 0, height: 0, fontScale: 1 };
  /** What is on screen now (mid-motion, the tweened scene). */
  private shown: Scene | null = null;
  private target: Scene | null = null;
  private readonly unsubscribe: () => void;
  private readonly resize: ResizeObserver;
  private inputCache: {
    trace: Store['trace'];
    step: number;
    expanded: ReadonlySet<string>;
    input: SceneInput;
  } | null = null;
  /** Call-stack frames opened to show their variables (by frame key); all closed on a new run. */
  private expanded: ReadonlySet<string> = new Set();
  private expandedFor: Store['trace'] = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly store: AppStore,
    private readonly options: StageOptions = {},
  ) {
    this.svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    this.svg.setAttribute('data-testid', 'stage');
    // A group, not an image: the frames inside are buttons that open to their variables.
    this.svg.setAttribute('role', 'group');
    this.svg.setAttribute('aria-label', 'The event loop at the current step');
    this.svg.style.display = 'block';
    this.svg.style.width = '100%';
    this.svg.style.height = '100%';
    this.layer = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    this.svg.appendChild(this.layer);
    container.appendChild(this.svg);
    this.svg.addEventListener('click', this.onClick);
    this.svg.addEventListener('keydown', this.onKeyDown);
    this.svg.addEventListener('mousedown', this.onMouseDown);

    let previous = store.getState();
    this.unsubscribe = store.subscribe((state) => {
      const p = previous;
      previous = state;
      if (
        state.trace !== p.trace ||
        state.step !== p.step ||
        state.theme !== p.theme ||
        state.fontScale !== p.fontScale ||
        state.model !== p.model ||
        state.hiddenPanels.console !== p.hiddenPanels.console ||
        (state.trace === null && state.runStatus !== p.runStatus)
      ) {
        this.update(
          state.trace !== p.trace ||
            state.theme !== p.theme ||
            state.fontScale !== p.fontScale ||
            state.hiddenPanels.console !== p.hiddenPanels.console ||
            state.scrubbing,
        );
      }
    });
    this.resize = new ResizeObserver(() => this.measure());
    this.resize.observe(container);
    this.measure();
  }

  destroy(): void {
    this.unsubscribe();
    this.resize.disconnect();
    interrupt(this.svg, 'scene');
    this.svg.removeEventListener('click', this.onClick);
    this.svg.removeEventListener('keydown', this.onKeyDown);
    this.svg.removeEventListener('mousedown', this.onMouseDown);
    this.svg.remove();
  }

  /** The scene the stage is (or is moving) to show. */
  get currentScene(): Scene | null {
    return this.target;
  }

  private measure(): void {
    const rect = this.container.getBoundingClientRect();
    const width = Math.max(320, Math.round(rect.width));
    const height = Math.max(240, Math.round(rect.height));
    if (width === this.size.width && height === this.size.height) return;
    this.size = { ...this.size, width, height };
    this.update(true);
  }

  private inputFor(state: Store): SceneInput {
    const { trace, index, step } = state;
    if (!trace || !index) {
      const input = emptySceneInput(state.model);
      if (state.runStatus === 'running') input.caption = 'Running the program…';
      return input;
    }
    if (this.expandedFor !== trace) {
      this.expanded = new Set();
      this.expandedFor = trace;
    }
    const expanded = this.expanded;
    const cached = this.inputCache;
    if (cached && cached.trace === trace && cached.step === step && cached.expanded === expanded)
      return cached.input;
    const input = sceneInputAt(trace, index, step, expanded);
    this.inputCache = { trace, step, expanded, input };
    return input;
  }

  /** Lays out the current step and moves to it (at once when `immediate`). */
  update(immediate = false): void {
    if (this.size.width === 0) return;
    const state = this.store.getState();
    const theme = themeNamed(state.theme);
    const size: StageSize = {
      width: this.size.width,
      height: this.size.height,
      fontScale: state.fontScale,
    };
    const target = layoutScene(this.inputFor(state), size, theme, partsShown(state));
    this.target = target;
    this.svg.dataset.step = String(state.step);
    // Which trace is shown (a run counter), so tests can wait for a new run.
    this.svg.dataset.trace = String(this.traceNumber(state.trace));
    const reduced = this.options.reducedMotion?.() ?? false;
    const from = this.shown;
    interrupt(this.svg, 'scene');
    if (
      immediate ||
      reduced ||
      !from ||
      from.width !== target.width ||
      from.height !== target.height
    ) {
      this.draw(target);
      this.svg.dataset.settled = 'true';
      return;
    }
    this.svg.dataset.settled = 'false';
    select(this.svg)
      .transition('scene')
      .duration(motionDuration(state.speed))
      .ease(easeCubicInOut)
      .tween('scene', () => (t: number) => this.draw(tweenScene(from, target, t)))
      .on('end', () => {
        this.draw(target);
        this.svg.dataset.settled = 'true';
      });
  }

  private readonly traceNumbers = new WeakMap<object, number>();
  private traceNumber(trace: Store['trace']): number {
    if (!trace) return 0;
    let n = this.traceNumbers.get(trace);
    if (n === undefined) {
      n = ++this.tracesSeen;
      this.traceNumbers.set(trace, n);
    }
    return n;
  }
  private tracesSeen = 0;

  private draw(scene: Scene): void {
    this.shown = scene;
    drawScene(this.svg, this.layer, scene);
  }

  /** Opens a closed frame, closes an open one. */
  private toggleFrame(key: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(key)) next.add(key);
    this.expanded = next;
    this.update();
  }

  /** A click opens a frame without focusing it: the focus ring is for keyboard users. */
  private readonly onMouseDown = (event: MouseEvent) => {
    if ((event.target as Element).closest('g[data-toggle]')) event.preventDefault();
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const node = (event.target as Element).closest<SVGGElement>('g[data-toggle]');
    if (!node) return;
    // Space on a focused frame opens it; it must not also reach the play/pause shortcut.
    event.preventDefault();
    event.stopPropagation();
    this.toggleFrame(node.dataset.toggle!);
  };

  private readonly onClick = (event: MouseEvent) => {
    const toggle = (event.target as Element).closest<SVGGElement>('g[data-toggle]');
    if (toggle) {
      this.toggleFrame(toggle.dataset.toggle!);
      return;
    }
    const node = (event.target as Element).closest<SVGGElement>('g[data-jump]');
    if (!node) return;
    const step = Number(node.dataset.jump);
    if (Number.isFinite(step)) this.store.getState().seek(step);
  };
}

const ALL_PARTS: ReadonlySet<StagePart> = new Set(STAGE_PARTS);
const WITHOUT_CONSOLE: ReadonlySet<StagePart> = new Set(STAGE_PARTS.filter((p) => p !== 'console'));

/** The stage parts the View menu leaves on screen. */
function partsShown(state: Store): ReadonlySet<StagePart> {
  return state.hiddenPanels.console ? WITHOUT_CONSOLE : ALL_PARTS;
}
