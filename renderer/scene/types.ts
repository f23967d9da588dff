/**
 * A Scene: everything the stage shows at one moment, as a plain, serializable list of positioned
 * nodes in painting order. The screen (D3 + SVG), the Canvas 2D painter and every exporter draw
 * the same Scene, so an export is exactly what the screen shows.
 *
 * Coordinates are CSS pixels from the scene's top-left. Colours are CSS colour strings (hex), so
 * a painter needs no theme of its own.
 */
export interface Scene {
  width: number;
  height: number;
  background: string;
  fonts: SceneFonts;
  nodes: SceneNode[];
}

export interface SceneFonts {
  sans: string;
  mono: string;
}

/** Which part of the stage a node belongs to (also exposed in the DOM as `data-panel`). */
export type PanelId =
  | 'caption'
  | 'stack'
  | 'host'
  | 'promises'
  | 'loop'
  | 'microtasks'
  | 'next-ticks'
  | 'tasks'
  | 'timers-queue'
  | 'check-queue'
  | 'console';

/** What a node shows (exposed in the DOM as `data-role`). */
export type NodeRole =
  | 'panel'
  | 'title'
  | 'hint'
  | 'frame'
  | 'suspended'
  | 'job'
  | 'task'
  | 'host-work'
  | 'promise'
  | 'console-line'
  | 'caption'
  | 'clock'
  | 'phase'
  | 'ring'
  | 'arrow'
  | 'overflow';

export interface TextLine {
  text: string;
  /** Position of the text anchor relative to the owner (a box's top-left, or the text node). */
  x: number;
  /** Baseline, relative to the owner. */
  y: number;
  size: number;
  weight: 400 | 600 | 700;
  color: string;
  align: 'start' | 'middle' | 'end';
  font: 'sans' | 'mono';
}

interface NodeBase {
  /** Stable identity: the same thing keeps its key from step to step, so it moves, not blinks. */
  key: string;
  panel: PanelId;
  role: NodeRole;
  opacity: number;
  /**
   * The key of the node this one came from (a timer's task came from the timer; a callback's
   * frame from its task). A node entering with an origin starts where its origin is; a node
   * leaving towards a node that names it as origin travels there.
   */
  origin?: string;
  /** Where the node enters from (and leaves to) when it has no origin: an offset in pixels. */
  enter?: { dx: number; dy: number };
  /** The step that clicking the node jumps to (console lines). */
  jumpTo?: number;
  /** A node that clicking (or Enter/Space) opens and closes: a call-stack frame. */
  toggle?: { expanded: boolean };
  /** Plain text for the DOM and for tests (what a screen reader would say). */
  label?: string;
}

export interface BoxNode extends NodeBase {
  type: 'box';
  x: number;
  y: number;
  w: number;
  h: number;
  radius: number;
  fill: string;
  stroke: string;
  strokeWidth: number;
  dashed: boolean;
  /** A coloured strip along the left edge, marking the kind of thing. */
  accent?: { color: string; width: number };
  /** A thin bar along the bottom edge (a timer's elapsed share), 0..1. */
  progress?: { value: number; color: string; track: string };
  lines: TextLine[];
}

export interface TextNode extends NodeBase {
  type: 'text';
  x: number;
  y: number;
  line: TextLine;
  /** A background pill behind the text (the current console line), in the text's own box. */
  highlight?: { x: number; y: number; w: number; h: number; fill: string };
}

export interface LineNode extends NodeBase {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dashed: boolean;
  /** Draw an arrow head at (x2, y2). */
  head: boolean;
}

/** A ring segment: angles in radians, clockwise from 12 o'clock. */
export interface ArcNode extends NodeBase {
  type: 'arc';
  cx: number;
  cy: number;
  r: number;
  width: number;
  start: number;
  end: number;
  color: string;
}

export type SceneNode = BoxNode | TextNode | LineNode | ArcNode;

/** The size the stage is laid out for, and the user's type scale (1 = theme default). */
export interface StageSize {
  width: number;
  height: number;
  fontScale: number;
}
