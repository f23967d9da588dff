/**
 * The HTML player: plays an exported trace on a canvas with the same clock, scenes and tweens as
 * the video exporters (timing.ts, frames.ts), at the size of whatever holds it. Controls: play /
 * pause, step, first / last, a scrubber, and the keyboard (Space or K, ← →, Home, End).
 *
 * Its state is readable from the DOM (data-stop, data-step, data-playing on the root), which is
 * how tests and slide tools can follow it.
 */
import { paintCanvas } from '../../scene/paintCanvas';
import { themeNamed } from '../../scene/theme';
import { indexTrace, type TraceIndex } from '../../scene/traceIndex';
import { sceneInputAt } from '../../scene/sceneInput';
import { SceneSource } from '../frames';
import { momentAt, planTimeline, stopTimes, type Timeline } from '../timing';
import type { PlayerData } from './html';

type Icon = 'first' | 'previous' | 'play' | 'pause' | 'next' | 'last';

/** Drawn, not typed: symbol fonts differ from machine to machine (and some lack ⏮ ⏭). */
const ICONS: Record<Icon, string> = Object.fromEntries(
  Object.entries({
    first: 'M5 5h2.5v14H5zM18.5 5v14L8.5 12z',
    previous: 'M18 5v14L7 12zM5 5h2v14H5z',
    play: 'M7 4.5v15L19.5 12z',
    pause: 'M6.5 5h4v14h-4zM13.5 5h4v14h-4z',
    next: 'M6 5v14l11-7zM17 5h2v14h-2z',
    last: 'M16.5 5H19v14h-2.5zM5.5 5v14l10-7z',
  }).map(([name, d]) => [
    name,
    `<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="${d}"/></svg>`,
  ]),
) as Record<Icon, string>;

type Mode =
  { kind: 'idle' } | { kind: 'play' } | { kind: 'step'; until: number; direction: 1 | -1 };

export class Player {
  private readonly index: TraceIndex;
  private readonly timeline: Timeline;
  private readonly canvas: HTMLCanvasElement;
  private readonly playButton: HTMLButtonElement;
  private readonly slider: HTMLInputElement;
  private readonly count: HTMLElement;
  private readonly caption: HTMLElement;
  private source: SceneSource | null = null;
  private size = { width: 0, height: 0, dpr: 1 };
  /** Milliseconds into the animation. */
  private time = 0;
  private mode: Mode = { kind: 'idle' };
  private frame: number | null = null;
  private lastTick = 0;
  private captionStep = -1;

  constructor(
    private readonly root: HTMLElement,
    private readonly data: PlayerData,
  ) {
    this.index = indexTrace(data.trace);
    this.timeline = planTimeline(this.index, data.range, data.speed);
    const stage = el('div', 'player-stage');
    this.canvas = el('canvas');
    this.canvas.setAttribute('role', 'img');
    stage.append(this.canvas);
    this.caption = el('div', 'player-caption');
    this.caption.setAttribute('aria-live', 'polite');
    this.caption.dataset.testid = 'player-caption';
    stage.append(this.caption);

    const bar = el('div', 'player-bar');
    const button = (icon: Icon, title: string, action: () => void, id: string) => {
      const b = el('button');
      b.type = 'button';
      b.innerHTML = ICONS[icon];
      b.title = title;
      b.setAttribute('aria-label', title);
      b.dataset.testid = id;
      b.addEventListener('click', () => {
        action();
        this.root.focus();
      });
      bar.append(b);
      return b;
    };
    button('first', 'First step (Home)', () => this.first(), 'player-first');
    button('previous', 'Previous step (←)', () => this.previous(), 'player-previous');
    this.playButton = button('play', 'Play (Space)', () => this.togglePlay(), 'player-play');
    button('next', 'Next step (→)', () => this.next(), 'player-next');
    button('last', 'Last step (End)', () => this.last(), 'player-last');
    this.slider = el('input');
    this.slider.type = 'range';
    this.slider.min = '0';
    this.slider.max = String(this.timeline.stops.length - 1);
    this.slider.step = '1';
    this.slider.setAttribute('aria-label', 'Step');
    this.slider.dataset.testid = 'player-scrubber';
    this.slider.addEventListener('input', () => this.seekStop(Number(this.slider.value)));
    bar.append(this.slider);
    this.count = el('span', 'player-count');
    this.count.dataset.testid = 'player-count';
    bar.append(this.count);
    root.append(stage, bar);

    root.addEventListener('keydown', this.onKey);
    // Clicking the picture gives the keyboard to the player (inside an iframe of a slide deck).
    stage.addEventListener('pointerdown', () => root.focus());
    new ResizeObserver(() => this.measure()).observe(stage);
    this.measure();
    this.update();
  }

  get currentStop(): number {
    return momentAt(this.timeline, this.time).to;
  }

  togglePlay(): void {
    if (this.mode.kind === 'play') this.setMode({ kind: 'idle' });
    else this.play();
  }

  play(): void {
    const lastStop = this.timeline.stops.length - 1;
    if (lastStop === 0) return;
    // Playing from the end starts over.
    if (this.currentStop >= lastStop && this.mode.kind !== 'step') this.time = 0;
    this.setMode({ kind: 'play' });
  }

  next(): void {
    const i = this.currentStop;
    if (i >= this.timeline.stops.length - 1) return;
    if (this.reducedMotion()) {
      this.seekStop(i + 1);
      return;
    }
    const { moveStart, settled } = stopTimes(this.timeline, i + 1);
    this.time = Math.max(this.time, moveStart);
    this.setMode({ kind: 'step', until: settled, direction: 1 });
  }

  previous(): void {
    // A step back under way is finished at once: each press goes back one more stop.
    if (this.mode.kind === 'step' && this.mode.direction < 0)
      this.time = this.settledBefore(this.mode.until);
    const i = this.currentStop;
    if (i <= 0 || this.reducedMotion()) {
      this.seekStop(i - 1);
      return;
    }
    // Stepping back plays the move into this stop backwards, then stands on the stop before.
    const { moveStart, settled } = stopTimes(this.timeline, i);
    this.time = Math.min(this.time, settled);
    this.setMode({ kind: 'step', until: moveStart, direction: -1 });
  }

  /** The moment the move into a stop starts shows the stop before it: that stop, settled. */
  private settledBefore(moveStart: number): number {
    return stopTimes(this.timeline, momentAt(this.timeline, moveStart).from).settled;
  }

  first(): void {
    this.seekStop(0);
  }

  last(): void {
    this.seekStop(this.timeline.stops.length - 1);
  }

  seekStop(i: number): void {
    const stop = Math.max(0, Math.min(this.timeline.stops.length - 1, Math.round(i)));
    this.time = stopTimes(this.timeline, stop).settled;
    this.setMode({ kind: 'idle' });
  }

  private setMode(mode: Mode): void {
    this.mode = mode;
    this.update();
    if (mode.kind !== 'idle' && this.frame === null) {
      this.lastTick = performance.now();
      this.frame = requestAnimationFrame(this.tick);
    }
  }

  private readonly tick = (now: number) => {
    this.frame = null;
    const dt = Math.max(0, Math.min(100, now - this.lastTick));
    this.lastTick = now;
    const mode = this.mode;
    const end = stopTimes(this.timeline, this.timeline.stops.length - 1).settled;
    if (mode.kind === 'play') {
      this.time = Math.min(end, this.time + dt);
      if (this.time >= end) this.mode = { kind: 'idle' };
    } else if (mode.kind === 'step') {
      this.time += dt * mode.direction;
      if (mode.direction > 0 && this.time >= mode.until) {
        this.time = mode.until;
        this.mode = { kind: 'idle' };
      } else if (mode.direction < 0 && this.time <= mode.until) {
        this.time = this.settledBefore(mode.until);
        this.mode = { kind: 'idle' };
      }
    }
    this.update();
    if (this.mode.kind !== 'idle') this.frame = requestAnimationFrame(this.tick);
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    // The scrubber handles its own arrows, and a focused button its own Space and Enter.
    if (target?.tagName === 'INPUT') return;
    if (target?.tagName === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return;
    switch (event.key) {
      case ' ':
      case 'k':
      case 'K':
        this.togglePlay();
        break;
      case 'ArrowRight':
      case 'l':
      case 'L':
        this.next();
        break;
      case 'ArrowLeft':
      case 'j':
      case 'J':
        this.previous();
        break;
      case 'Home':
        this.first();
        break;
      case 'End':
        this.last();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  private reducedMotion(): boolean {
    return (
      typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
    );
  }

  private measure(): void {
    const rect = this.canvas.parentElement!.getBoundingClientRect();
    // The picture is laid out for the room it has (a thumbnail in a deck is still legible).
    const width = Math.max(1, Math.round(rect.width));
    const height = Math.max(1, Math.round(rect.height));
    const dpr = Math.min(3, window.devicePixelRatio || 1);
    if (width === this.size.width && height === this.size.height && dpr === this.size.dpr) return;
    this.size = { width, height, dpr };
    this.canvas.width = Math.round(width * dpr);
    this.canvas.height = Math.round(height * dpr);
    this.source = new SceneSource(this.data.trace, this.index, {
      size: { width, height, fontScale: this.data.fontScale },
      theme: themeNamed(this.data.theme),
      parts: new Set(this.data.parts),
    });
    this.update();
  }

  private update(): void {
    const moment = momentAt(this.timeline, this.time);
    const stop = moment.to;
    const step = this.timeline.stops[stop];
    const playing = this.mode.kind === 'play';
    this.root.dataset.stop = String(stop);
    this.root.dataset.step = String(step);
    this.root.dataset.playing = String(playing);
    this.root.dataset.settled = String(moment.from === moment.to && this.mode.kind === 'idle');
    if (this.playButton.dataset.playing !== String(playing)) {
      this.playButton.dataset.playing = String(playing);
      this.playButton.innerHTML = ICONS[playing ? 'pause' : 'play'];
      this.playButton.title = playing ? 'Pause (Space)' : 'Play (Space)';
      this.playButton.setAttribute('aria-label', this.playButton.title);
    }
    this.slider.value = String(stop);
    this.count.textContent = `Step ${stop + 1} of ${this.timeline.stops.length}`;
    if (this.captionStep !== step) {
      this.captionStep = step;
      const caption = sceneInputAt(this.data.trace, this.index, step).caption;
      this.caption.textContent = caption;
      this.canvas.setAttribute('aria-label', caption);
    }
    const ctx = this.canvas.getContext('2d');
    if (!ctx || !this.source) return;
    paintCanvas(ctx, this.source.sceneAt(this.timeline, moment), { scale: this.size.dpr });
  }
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
