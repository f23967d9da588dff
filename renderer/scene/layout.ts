/**
 * layoutScene: what the stage shows at one step (a SceneInput), placed on a stage of a given size
 * in a given theme. Pure: no DOM, no clock; the same input gives the same Scene.
 *
 *   ┌ caption ─────────────────────────────────────────────────── clock ┐
 *   │ Call stack  │ Web APIs / Node APIs   │ Promises                    │
 *   │             │                        │                             │
 *   │ Event loop  │ queue rows (microtasks, tasks; in node: nextTick,   │ Console │
 *   │   (ring)    │ microtasks, timers, check)                          │         │
 *
 * Tokens flow the way the runtime moves work: host work (top) drops into a queue row, the event
 * loop (left) takes the front of a queue, and its callback is pushed on the call stack (above).
 */
import type { JobKind, LoopPhase, TaskSource } from '../../interpreter/trace/types';
import type { SceneInput, StageFrame, StageJob, StageSuspended, StageTask } from './sceneInput';
import { fitText, textWidth } from './text';
import type { Swatch, Theme } from './theme';
import type {
  ArcNode,
  BoxNode,
  PanelId,
  Scene,
  SceneNode,
  StageSize,
  TextLine,
  TextNode,
} from './types';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Sizes derived from the stage size, the theme and the user's type scale. */
export interface Metrics {
  fs: number;
  pad: number;
  gap: number;
  titleH: number;
  tokenH: number;
  radius: number;
  stroke: number;
}

export function metricsFor(size: StageSize, theme: Theme): Metrics {
  // Type grows with the stage (a big screen or a projector), but never below a readable size.
  const unit = clamp(Math.min(size.width / 1000, size.height / 660), 0.85, 1.7);
  // ...and never so large that the panels cannot hold a few tokens (the user's scale saturates).
  const largest = Math.min(size.width / 42, size.height / 26);
  const fs = round1(Math.min(theme.fontSize * size.fontScale * unit, largest));
  return {
    fs,
    pad: Math.round(fs * 0.7),
    gap: Math.round(fs * 0.6),
    titleH: Math.round(fs * 2),
    tokenH: Math.round(fs * 2.9),
    radius: Math.round(fs * 0.45),
    stroke: theme.strokeWidth,
  };
}

export const JOB_TAGS: Record<JobKind, string> = {
  'promise-reaction': 'promise reaction',
  'await-continuation': 'await continuation',
  'resolve-thenable': 'resolve thenable',
  queueMicrotask: 'queueMicrotask',
  nextTick: 'nextTick',
};

export const TASK_TAGS: Record<TaskSource, string> = {
  timer: 'timer task',
  messaging: 'message task',
  networking: 'network task',
  'user-interaction': 'event task',
  'dom-manipulation': 'DOM task',
  immediate: 'setImmediate',
  close: 'close callback',
  io: 'I/O callback',
};

const HOST_TAGS = {
  timeout: 'setTimeout',
  interval: 'setInterval',
  fetch: 'fetch',
  'animation-frame': 'requestAnimationFrame',
  immediate: 'setImmediate',
} as const;

/** Roles of the things that travel between panels; they are drawn above every panel. */
const MOVING_ROLES = new Set<SceneNode['role']>([
  'frame',
  'suspended',
  'job',
  'task',
  'host-work',
  'promise',
  'console-line',
]);

interface QueueRow {
  panel: PanelId;
  title: string;
  subtitle: string;
  tokens: Array<StageJob | StageTask>;
}

/** The parts of the stage a picture may leave out (an export for a talk may show only some). */
export type StagePart = 'caption' | 'stack' | 'host' | 'promises' | 'loop' | 'queues' | 'console';
export const STAGE_PARTS: readonly StagePart[] = [
  'caption',
  'stack',
  'host',
  'promises',
  'loop',
  'queues',
  'console',
];
const ALL_PARTS: ReadonlySet<StagePart> = new Set(STAGE_PARTS);

/** Lays out the stage; parts left out of `parts` are not drawn, and the others take their room. */
export function layoutScene(
  input: SceneInput,
  size: StageSize,
  theme: Theme,
  parts: ReadonlySet<StagePart> = ALL_PARTS,
): Scene {
  const m = metricsFor(size, theme);
  const W = size.width;
  const H = size.height;
  const nodes: SceneNode[] = [];
  const show = (part: StagePart) => parts.has(part);
  const left = show('stack') || show('loop');
  const top = show('host') || show('promises');
  const lower = show('queues') || show('console');

  // ---- regions ---------------------------------------------------------------------------
  const captionH = Math.round(m.fs * 2.7);
  const caption: Rect = { x: m.pad, y: m.pad, w: W - 2 * m.pad, h: captionH };
  const bodyY = show('caption') ? caption.y + captionH + m.gap : m.pad;
  const bodyH = H - bodyY - m.pad;
  const leftW = !left
    ? 0
    : !top && !lower
      ? W - 2 * m.pad
      : Math.round(clamp(W * 0.24, m.fs * 11, m.fs * 17));
  const rightX = left ? m.pad + leftW + m.gap : m.pad;
  const rightW = W - rightX - m.pad;
  const topH = Math.round(bodyH * 0.46);
  const lowerY = bodyY + topH + m.gap;
  const lowerH = bodyH - topH - m.gap;
  const hostW = show('promises') ? Math.round((rightW - m.gap) * 0.5) : rightW;
  const consoleW = show('queues')
    ? Math.round(clamp(rightW * 0.34, m.fs * 12, rightW * 0.45))
    : rightW;
  const queuesW = show('console') ? rightW - consoleW - m.gap : rightW;
  // A row or column whose partner is left out takes the whole height.
  const rightTop = lower ? { y: bodyY, h: topH } : { y: bodyY, h: bodyH };
  const rightLower = top ? { y: lowerY, h: lowerH } : { y: bodyY, h: bodyH };

  const stackRect: Rect = { x: m.pad, y: bodyY, w: leftW, h: show('loop') ? topH : bodyH };
  const hostRect: Rect = { x: rightX, w: hostW, ...rightTop };
  const promisesRect: Rect = {
    x: show('host') ? rightX + hostW + m.gap : rightX,
    w: show('host') ? rightW - hostW - m.gap : rightW,
    ...rightTop,
  };
  const loopRect: Rect = show('stack')
    ? { x: m.pad, y: lowerY, w: leftW, h: lowerH }
    : { x: m.pad, y: bodyY, w: leftW, h: bodyH };
  const queuesRect: Rect = { x: rightX, w: queuesW, ...rightLower };
  const consoleRect: Rect = {
    x: show('queues') ? rightX + queuesW + m.gap : rightX,
    w: consoleW,
    ...rightLower,
  };

  if (show('caption')) layoutCaption(nodes, input, caption, m, theme);
  if (show('stack')) layoutStack(nodes, input, stackRect, m, theme);
  if (show('host')) layoutHost(nodes, input, hostRect, m, theme);
  if (show('promises')) layoutPromises(nodes, input, promisesRect, m, theme);
  if (show('loop')) layoutLoop(nodes, input, loopRect, m, theme);
  if (show('queues')) layoutQueues(nodes, input, queuesRect, m, theme);
  if (show('console')) layoutConsole(nodes, input, consoleRect, m, theme);

  // Panels first, tokens over them: a token travelling between panels passes over, not under.
  const layered = [
    ...nodes.filter((n) => !MOVING_ROLES.has(n.role)),
    ...nodes.filter((n) => MOVING_ROLES.has(n.role)),
  ];
  return { width: W, height: H, background: theme.background, fonts: theme.fonts, nodes: layered };
}

// ---- caption --------------------------------------------------------------------------------

function layoutCaption(
  nodes: SceneNode[],
  input: SceneInput,
  r: Rect,
  m: Metrics,
  theme: Theme,
): void {
  const size = round1(m.fs * 1.12);
  const clockSize = round1(m.fs * 0.95);
  const clock = `t = ${formatMs(input.time)}`;
  const clockW = textWidth(clock, clockSize, 'mono') + m.pad * 2;
  const text = fitText(input.caption || ' ', r.w - clockW - m.pad * 3, size);
  nodes.push({
    type: 'box',
    key: 'caption',
    panel: 'caption',
    role: 'caption',
    label: input.caption,
    opacity: 1,
    ...r,
    radius: m.radius,
    fill: theme.caption.fill,
    stroke: theme.caption.stroke,
    strokeWidth: m.stroke,
    dashed: false,
    lines: [
      line(text, m.pad * 1.4, r.h / 2 + size * 0.36, size, 600, theme.caption.text),
      {
        ...line(
          clock,
          r.w - m.pad * 1.4,
          r.h / 2 + clockSize * 0.36,
          clockSize,
          600,
          theme.caption.text,
          'end',
        ),
        font: 'mono',
      },
    ],
  });
}

// ---- panels ---------------------------------------------------------------------------------

/** A panel's frame and title; returns the content area under the title. */
function panel(
  nodes: SceneNode[],
  id: PanelId,
  title: string,
  r: Rect,
  m: Metrics,
  theme: Theme,
  subtitle?: string,
): Rect {
  const size = round1(m.fs * 0.9);
  const lines: TextLine[] = [line(title, m.pad, m.titleH * 0.62, size, 700, theme.panel.title)];
  if (subtitle) {
    const subSize = round1(m.fs * 0.72);
    const titleEnd = m.pad + textWidth(title, size) + m.pad * 0.8;
    const fitted = fitText(subtitle, r.w - titleEnd - m.pad, subSize);
    if (fitted) lines.push(line(fitted, titleEnd, m.titleH * 0.62, subSize, 400, theme.muted));
  }
  nodes.push({
    type: 'box',
    key: `panel:${id}`,
    panel: id,
    role: 'panel',
    label: title,
    opacity: 1,
    ...r,
    radius: m.radius * 1.4,
    fill: theme.panel.fill,
    stroke: theme.panel.stroke,
    strokeWidth: m.stroke,
    dashed: false,
    lines,
  });
  return contentArea(r, m);
}

/** The area under a panel's title. */
function contentArea(r: Rect, m: Metrics): Rect {
  return { x: r.x + m.pad, y: r.y + m.titleH, w: r.w - 2 * m.pad, h: r.h - m.titleH - m.pad * 0.7 };
}

function hint(
  nodes: SceneNode[],
  id: PanelId,
  text: string,
  area: Rect,
  m: Metrics,
  theme: Theme,
): void {
  const size = round1(m.fs * 0.85);
  nodes.push(
    textNode(
      `hint:${id}`,
      id,
      'hint',
      area.x + area.w / 2,
      area.y + area.h / 2 + size * 0.35,
      fitText(text, area.w, size),
      size,
      400,
      theme.muted,
      'middle',
    ),
  );
}

// ---- call stack ------------------------------------------------------------------------------

function layoutStack(
  nodes: SceneNode[],
  input: SceneInput,
  r: Rect,
  m: Metrics,
  theme: Theme,
): void {
  const gap = m.gap * 0.6;
  const area = layoutSuspended(
    nodes,
    input,
    panel(nodes, 'stack', 'Call stack', r, m, theme),
    stackHeight(input.stack, gap, m),
    m,
    theme,
  );
  if (input.stack.length === 0) {
    hint(nodes, 'stack', 'empty', area, m, theme);
    return;
  }
  const overflowH = Math.round(m.fs * 1.5);
  // The top of the stack matters most: frames are placed from the top down, and when they do
  // not fit, the oldest are left out. An expanded frame is as tall as its scopes need (cut to
  // what the panel holds).
  const heights: number[] = [];
  let used = 0;
  for (let i = input.stack.length - 1; i >= 0; i--) {
    const frame = input.stack[i];
    const reserve = i > 0 ? overflowH + gap : 0;
    const room = area.h - used - reserve;
    const h = frame.scopes ? expandedHeight(frame, room, m) : m.tokenH;
    if (h > room && heights.length > 0) break;
    heights.unshift(Math.min(h, Math.max(m.tokenH, area.h - used)));
    used += h + gap;
  }
  const hidden = input.stack.length - heights.length;
  const shown = input.stack.slice(hidden);
  let y = area.y + area.h;
  if (hidden > 0) {
    const size = round1(m.fs * 0.78);
    y -= overflowH;
    nodes.push(
      textNode(
        'overflow:stack',
        'stack',
        'overflow',
        area.x + area.w / 2,
        y + overflowH * 0.72,
        `+${hidden} older frame${hidden > 1 ? 's' : ''} below`,
        size,
        400,
        theme.muted,
        'middle',
      ),
    );
    y -= gap;
  }
  shown.forEach((frame, i) => {
    const top = i === shown.length - 1;
    const h = heights[i];
    y -= h;
    nodes.push(frameBox(frame, { x: area.x, y, w: area.w, h }, top, m, theme));
    y -= gap;
  });
}

/** The height the frames take when nothing cuts them (the "empty" hint's when there are none). */
function stackHeight(stack: StageFrame[], gap: number, m: Metrics): number {
  if (stack.length === 0) return Math.round(m.fs * 1.6);
  const frames = stack.map((frame) =>
    frame.scopes ? expandedHeight(frame, Infinity, m) : m.tokenH,
  );
  return frames.reduce((sum, h) => sum + h, 0) + gap * (stack.length - 1);
}

/**
 * Async functions and generators suspended at an await or a yield are frames that have left the
 * stack but are still alive: they are drawn as a group at the top of the call-stack panel, above
 * the frames (which grow from the bottom), dashed and muted. The running frames come first: the
 * group takes what they leave, but never more than half the panel while frames are cut, and
 * when it cannot hold every suspension it shows the latest and counts the others. Returns the
 * room left for the frames.
 */
function layoutSuspended(
  nodes: SceneNode[],
  input: SceneInput,
  area: Rect,
  stackNeeds: number,
  m: Metrics,
  theme: Theme,
): Rect {
  const list = input.suspended;
  if (list.length === 0) return area;
  const titleSize = round1(m.fs * 0.72);
  const titleH = Math.round(titleSize * 1.45);
  // A little lower than a frame (still two lines), so that a small panel holds one more.
  const cardH = Math.round(m.fs * 2.5);
  const gap = m.gap * 0.6;
  // What the frames keep: what they need, up to half the panel, and always room for the top one.
  const keep = Math.min(
    area.h,
    Math.max(Math.min(stackNeeds, area.h / 2), Math.min(stackNeeds, m.tokenH)),
  );
  const room = area.h - keep - gap - titleH;
  const fits = Math.max(0, Math.floor((room + gap) / (cardH + gap)));
  const shown = list.slice(list.length - Math.min(fits, list.length));
  const hidden = list.length - shown.length;
  const title =
    hidden === 0
      ? 'Suspended'
      : shown.length === 0
        ? `Suspended: ${hidden}`
        : `Suspended · +${hidden} more`;
  nodes.push(
    textNode(
      'title:suspended',
      'stack',
      'title',
      area.x,
      area.y + titleH * 0.7,
      fitText(title, area.w, titleSize),
      titleSize,
      700,
      theme.muted,
      'start',
    ),
  );
  let y = area.y + titleH;
  for (const s of shown) {
    nodes.push(suspendedCard(s, { x: area.x, y, w: area.w, h: cardH }, m, theme));
    y += cardH + gap;
  }
  const used = y - area.y;
  return { ...area, y: area.y + used, h: area.h - used };
}

/** A suspended function's card: its name and line, then what resumes it. */
function suspendedCard(s: StageSuspended, r: Rect, m: Metrics, theme: Theme): BoxNode {
  const waits =
    s.reason === 'await'
      ? s.waitingOn === null
        ? ['at await']
        : [`awaits promise #${s.waitingOn}`, `await #${s.waitingOn}`]
      : ['at yield · waits for next()', 'at yield'];
  const box = token({
    key: s.key,
    panel: 'stack',
    role: 'suspended',
    rect: r,
    swatch: theme.suspended,
    // An await comes back as an await continuation: the accent is that job's colour.
    accent: s.reason === 'await' ? theme.job['await-continuation'].stroke : theme.suspended.stroke,
    title: s.name,
    titleFont: 'mono',
    tag: waits[0],
    emphasis: false,
    dashed: true,
    origin: s.origin,
    enter: { dx: 0, dy: m.tokenH },
    m,
    theme,
  });
  const [titleLine, tagLine] = box.lines;
  if (tagLine) {
    // The longest wording that fits, rather than one cut short before the promise's number.
    const room = r.w - tagLine.x - m.pad * 0.5;
    tagLine.text = fitText(
      waits.find((w) => textWidth(w, tagLine.size) <= room) ?? waits[waits.length - 1],
      room,
      tagLine.size,
    );
    // The line it stopped at, on the right of the name when both fit.
    const siteW = textWidth(s.site, tagLine.size);
    const nameW = textWidth(titleLine.text, titleLine.size, 'mono');
    if (titleLine.x + nameW + m.pad + siteW <= r.w - m.pad * 0.5)
      box.lines.push({
        ...titleLine,
        text: s.site,
        x: round1(r.w - m.pad * 0.5),
        size: tagLine.size,
        weight: 400,
        font: 'sans',
        align: 'end',
      });
  }
  const waitsFor = s.waitingOn === null ? '' : ` — waits for promise #${s.waitingOn}`;
  box.label = `${s.name} — suspended at ${s.reason} (${s.site})${waitsFor}`;
  return box;
}

/** Text sizes of an expanded frame's scope list. */
function scopeMetrics(m: Metrics): { size: number; lineH: number } {
  const size = round1(m.fs * 0.76);
  return { size, lineH: Math.round(size * 1.32) };
}

/** How many lines an expanded frame's scopes take: a heading per scope and a line per binding. */
function scopeLineCount(frame: StageFrame): number {
  const scopes = frame.scopes ?? [];
  return scopes.reduce((n, scope) => n + 1 + Math.max(1, scope.bindings.length), 0);
}

function expandedHeight(frame: StageFrame, room: number, m: Metrics): number {
  const { lineH } = scopeMetrics(m);
  const want = m.tokenH * 0.92 + Math.max(1, scopeLineCount(frame)) * lineH + m.pad * 0.6;
  return Math.max(m.tokenH + lineH * 2 + m.pad * 0.6, Math.min(want, room));
}

function frameBox(frame: StageFrame, r: Rect, top: boolean, m: Metrics, theme: Theme): BoxNode {
  const swatch = frame.kind === 'script' ? theme.scriptFrame : theme.frame;
  const accent =
    frame.kind === 'task'
      ? theme.task.timer.stroke
      : frame.kind === 'microtask'
        ? theme.job['promise-reaction'].stroke
        : swatch.stroke;
  const expandable = frame.expandable ?? false;
  const expanded = frame.scopes !== undefined;
  // A disclosure mark says the frame opens (to its local variables and closure values).
  const mark = !expandable ? '' : expanded ? '\u25BE ' : '\u25B8 ';
  const box = token({
    key: frame.key,
    panel: 'stack',
    role: 'frame',
    rect: { ...r, h: m.tokenH },
    swatch,
    accent,
    title: mark + frame.name,
    titleFont: 'mono',
    tag: frame.site,
    emphasis: top,
    origin: frame.origin,
    enter: { dx: 0, dy: -m.tokenH * 1.2 },
    m,
    theme,
  });
  box.h = r.h;
  box.label = `${frame.name} (${frame.site})`;
  if (expandable) box.toggle = { expanded };
  if (!frame.scopes) return box;

  const { size, lineH } = scopeMetrics(m);
  const x = Math.max(3, Math.round(m.fs * 0.32)) + m.pad * 0.7;
  const textW = r.w - x - m.pad * 0.5;
  const fits = Math.max(1, Math.floor((r.h - m.tokenH * 0.92 - m.pad * 0.3) / lineH));
  const rows: Array<{ text: string; heading: boolean }> = [];
  const spoken: string[] = [];
  for (const scope of frame.scopes) {
    rows.push({ text: scope.title, heading: true });
    if (scope.bindings.length === 0) rows.push({ text: '(no variables)', heading: false });
    for (const b of scope.bindings) rows.push({ text: `${b.name}: ${b.preview}`, heading: false });
    spoken.push(
      `${scope.title}: ${scope.bindings.length === 0 ? 'no variables' : scope.bindings.map((b) => `${b.name} = ${b.preview}`).join(', ')}`,
    );
  }
  if (frame.scopes.length === 0) rows.push({ text: 'no variables recorded', heading: false });
  const cut = rows.length > fits;
  const visible = cut ? rows.slice(0, fits - 1) : rows;
  visible.forEach((row, i) => {
    const baseline = m.tokenH * 0.92 + lineH * i + size * 0.95;
    box.lines.push({
      ...line(
        fitText(
          row.text,
          row.heading ? textW : textW - m.pad * 0.6,
          size,
          row.heading ? 'sans' : 'mono',
        ),
        row.heading ? x : x + m.pad * 0.6,
        baseline,
        size,
        row.heading ? 700 : 400,
        swatch.text,
      ),
      font: row.heading ? 'sans' : 'mono',
    });
  });
  if (cut)
    box.lines.push(
      line(
        `… ${rows.length - visible.length} more lines`,
        x + m.pad * 0.6,
        m.tokenH * 0.92 + lineH * visible.length + size * 0.95,
        size,
        400,
        swatch.text,
      ),
    );
  box.label = `${frame.name} (${frame.site}), expanded. ${spoken.join('. ')}`;
  return box;
}

// ---- host (Web APIs / Node APIs) -------------------------------------------------------------

function layoutHost(
  nodes: SceneNode[],
  input: SceneInput,
  r: Rect,
  m: Metrics,
  theme: Theme,
): void {
  const h = Math.round(m.fs * 3.5);
  const inner = contentArea(r, m);
  const gap = m.gap * 0.7;
  const cells = stretchedGrid(inner, m.fs * 11, h, gap, input.hostWork.length);
  const hidden = input.hostWork.length - cells.shown;
  const title = input.model === 'node' ? 'Node APIs' : 'Web APIs';
  const area = panel(
    nodes,
    'host',
    title,
    r,
    m,
    theme,
    hidden > 0 ? `+${hidden} more not shown` : 'timers and host work',
  );
  if (input.hostWork.length === 0) {
    hint(nodes, 'host', 'no timers pending', area, m, theme);
    return;
  }
  input.hostWork.slice(0, cells.shown).forEach((work, i) => {
    const cell = cells.at(i);
    const remaining =
      work.remaining === null
        ? 'waiting'
        : work.remaining === 0
          ? 'due now'
          : `${formatMs(work.remaining)} left`;
    const detail =
      work.kind === 'timeout' || work.kind === 'interval'
        ? `${formatMs(work.delay)} ${work.kind === 'interval' ? 'interval' : 'timer'} · ${remaining}`
        : `${HOST_TAGS[work.kind]} · ${remaining}`;
    const node = token({
      key: work.key,
      panel: 'host',
      role: 'host-work',
      rect: cell,
      swatch: theme.hostWork,
      accent: theme.hostWork.stroke,
      title: work.label,
      titleFont: 'mono',
      tag: detail,
      emphasis: false,
      enter: { dx: 0, dy: -m.fs },
      m,
      theme,
    });
    if (work.remaining !== null) {
      const elapsed = work.delay > 0 ? 1 - work.remaining / work.delay : 1;
      node.progress = {
        value: clamp(elapsed, 0, 1),
        color: theme.hostWork.stroke,
        track: theme.progressTrack,
      };
    }
    nodes.push(node);
  });
}

// ---- promises ------------------------------------------------------------------------------

function layoutPromises(
  nodes: SceneNode[],
  input: SceneInput,
  r: Rect,
  m: Metrics,
  theme: Theme,
): void {
  const h = Math.round(m.fs * 3.3);
  const gap = m.gap * 0.7;
  const inner = contentArea(r, m);
  const cells = stretchedGrid(inner, m.fs * 10, h, gap, input.promises.length);
  const hidden = input.promises.length - cells.shown;
  const area = panel(
    nodes,
    'promises',
    'Promises',
    r,
    m,
    theme,
    hidden > 0 ? `latest change last · ${hidden} older not shown` : 'latest change last',
  );
  if (input.promises.length === 0) {
    hint(nodes, 'promises', 'no promises yet', area, m, theme);
    return;
  }
  // The newest promises matter most: when they do not all fit, the oldest are left out.
  const shown = input.promises.slice(input.promises.length - cells.shown);
  shown.forEach((p, i) => {
    const swatch = theme.promise[p.state];
    const state =
      p.state === 'pending'
        ? p.reactions > 0
          ? `pending · ${p.reactions} waiting`
          : 'pending'
        : `${p.state}: ${p.value ?? ''}`;
    nodes.push(
      token({
        key: p.key,
        panel: 'promises',
        role: 'promise',
        rect: cells.at(i),
        swatch,
        accent: swatch.stroke,
        title: `#${p.id} ${p.origin}`,
        titleFont: 'sans',
        tag: state,
        tagFont: 'mono',
        emphasis: false,
        dashed: p.state === 'pending',
        enter: { dx: 0, dy: -m.fs * 0.8 },
        m,
        theme,
      }),
    );
  });
}

// ---- event loop ----------------------------------------------------------------------------

const BROWSER_RING: Array<{ id: string; label: string; phases: LoopPhase[] }> = [
  { id: 'task', label: 'task', phases: ['script', 'task'] },
  { id: 'microtasks', label: 'microtasks', phases: ['microtasks'] },
  { id: 'render', label: 'render', phases: ['render'] },
];

const NODE_RING: Array<{ id: string; label: string; phases: LoopPhase[] }> = [
  { id: 'timers', label: 'timers', phases: ['timers'] },
  { id: 'pending', label: 'pending', phases: ['pending'] },
  { id: 'poll', label: 'poll', phases: ['poll', 'idle'] },
  { id: 'check', label: 'check', phases: ['check'] },
  { id: 'close', label: 'close', phases: ['close'] },
];

export const PHASE_LABELS: Record<LoopPhase, string> = {
  script: 'main script',
  microtasks: 'microtasks',
  task: 'task',
  render: 'render',
  timers: 'timers phase',
  pending: 'pending callbacks',
  poll: 'poll phase',
  check: 'check phase',
  close: 'close callbacks',
  idle: 'idle',
  done: 'finished',
};

function layoutLoop(
  nodes: SceneNode[],
  input: SceneInput,
  r: Rect,
  m: Metrics,
  theme: Theme,
): void {
  const area = panel(nodes, 'loop', 'Event loop', r, m, theme);
  const segments = input.model === 'node' ? NODE_RING : BROWSER_RING;
  // Below the ring, a slot for what the loop holds: the job or task it has just taken from a
  // queue (on its way to the call stack), or else the name of the current phase.
  const slotH = Math.min(m.tokenH, Math.max(m.fs * 2, area.h * 0.3));
  const ringH = area.h - slotH - m.gap * 0.5;
  const thickness = Math.max(5, Math.round(m.fs * 0.55));
  const r0 = Math.max(m.fs * 1.6, Math.min(area.w * 0.4, ringH / 2) - thickness);
  const cx = area.x + area.w / 2;
  const cy = area.y + ringH / 2;
  const gapAngle = 0.12;
  const span = (Math.PI * 2) / segments.length;
  // The phases are listed inside the ring, in loop order; the current one is lit on both.
  const innerH = (r0 - thickness) * 1.6;
  const longest = Math.max(...segments.map((seg) => seg.label.length));
  const labelSize = round1(
    Math.min(
      m.fs * 0.85,
      innerH / (segments.length * 1.3),
      ((r0 - thickness) * 1.7) / (longest * 0.6),
    ),
  );
  const listTop = cy - (segments.length * labelSize * 1.3) / 2 + labelSize;
  segments.forEach((seg, i) => {
    const active = seg.phases.includes(input.phase);
    const arc: ArcNode = {
      type: 'arc',
      key: `ring:${seg.id}`,
      panel: 'loop',
      role: 'ring',
      label: `${seg.label}${active ? ' (current)' : ''}`,
      opacity: 1,
      cx,
      cy,
      r: r0,
      width: active ? thickness * 1.8 : thickness,
      // Segment i is centred on i * span: the first phase sits at 12 o'clock.
      start: i * span - span / 2 + gapAngle / 2,
      end: i * span + span / 2 - gapAngle / 2,
      color: active ? theme.ring.active : theme.ring.idle,
    };
    nodes.push(arc);
    if (labelSize >= 7) {
      const text = fitText(seg.label, (r0 - thickness) * 1.7, labelSize);
      nodes.push(
        textNode(
          `ring-label:${seg.id}`,
          'loop',
          'ring',
          cx,
          listTop + i * labelSize * 1.3,
          text,
          labelSize,
          active ? 700 : 400,
          active ? theme.ring.active : theme.muted,
          'middle',
        ),
      );
    }
  });

  if (input.model === 'node') {
    // In Node, microtasks run between callbacks of every phase: an inner ring lights up.
    const hubActive = input.phase === 'microtasks';
    nodes.push({
      type: 'arc',
      key: 'ring:hub',
      panel: 'loop',
      role: 'ring',
      label: hubActive ? 'microtasks (current)' : 'microtasks',
      opacity: hubActive ? 1 : 0,
      cx,
      cy,
      r: r0 - thickness * 1.6,
      width: thickness * 0.7,
      start: 0,
      end: Math.PI * 2,
      color: theme.job['promise-reaction'].stroke,
    });
  }

  const slotY = area.y + area.h - slotH;
  if (input.picked) {
    const p = input.picked;
    const swatch = p.job ? theme.job[p.job] : theme.task[p.task ?? 'timer'];
    const w = Math.min(area.w, m.fs * 11);
    nodes.push(
      token({
        key: p.key,
        panel: 'loop',
        role: p.job ? 'job' : 'task',
        rect: { x: cx - w / 2, y: slotY, w, h: slotH },
        swatch,
        accent: swatch.stroke,
        title: p.job === 'await-continuation' ? p.label.replace(/ \(after await\)$/, '') : p.label,
        titleFont: 'mono',
        tag: p.job ? JOB_TAGS[p.job] : TASK_TAGS[p.task ?? 'timer'],
        emphasis: true,
        m,
        theme,
      }),
    );
    return;
  }
  const phaseSize = round1(Math.min(m.fs * 1.05, slotH * 0.5));
  const phaseText = fitText(PHASE_LABELS[input.phase], area.w, phaseSize);
  nodes.push(
    textNode(
      'phase',
      'loop',
      'phase',
      cx,
      slotY + slotH / 2 + phaseSize * 0.36,
      phaseText,
      phaseSize,
      700,
      input.phase === 'done' ? theme.muted : theme.ring.active,
      'middle',
    ),
  );
}

// ---- queues --------------------------------------------------------------------------------

function queueRows(input: SceneInput): QueueRow[] {
  if (input.model === 'node') {
    const other = input.tasks.filter((t) => t.source !== 'timer' && t.source !== 'immediate');
    const rows: QueueRow[] = [
      {
        panel: 'next-ticks',
        title: 'nextTick queue',
        subtitle: 'runs first',
        tokens: input.microtasks.filter((j) => j.kind === 'nextTick'),
      },
      {
        panel: 'microtasks',
        title: 'Microtasks',
        subtitle: 'promise jobs',
        tokens: input.microtasks.filter((j) => j.kind !== 'nextTick'),
      },
      {
        panel: 'timers-queue',
        title: 'Timers phase',
        subtitle: 'expired timers',
        tokens: input.tasks.filter((t) => t.source === 'timer'),
      },
      {
        panel: 'check-queue',
        title: 'Check phase',
        subtitle: 'setImmediate',
        tokens: input.tasks.filter((t) => t.source === 'immediate'),
      },
    ];
    if (other.length > 0)
      rows.push({
        panel: 'tasks',
        title: 'Other callbacks',
        subtitle: 'I/O, close',
        tokens: other,
      });
    return rows;
  }
  return [
    {
      panel: 'microtasks',
      title: 'Microtask queue',
      subtitle: 'run after each task',
      tokens: input.microtasks,
    },
    {
      panel: 'tasks',
      title: 'Task queue',
      subtitle: 'one per loop turn',
      tokens: input.tasks,
    },
  ];
}

function layoutQueues(
  nodes: SceneNode[],
  input: SceneInput,
  r: Rect,
  m: Metrics,
  theme: Theme,
): void {
  const rows = queueRows(input);
  const rowH = (r.h - m.gap * (rows.length - 1)) / rows.length;
  rows.forEach((row, i) => {
    const rect = { x: r.x, y: r.y + i * (rowH + m.gap), w: r.w, h: rowH };
    const area = queuePanel(nodes, row, rect, m, theme);
    if (row.tokens.length === 0) {
      hint(nodes, row.panel, 'empty', area, m, theme);
      return;
    }
    const h = Math.min(m.tokenH, area.h);
    const gap = m.gap * 0.6;
    const sizes = row.tokens.map((t) => queueTokenWidth(t, m));
    // Tokens line up from the front of the queue (left, next to the event loop), wrapping to
    // more lines when the row is tall enough.
    const lines = Math.max(1, Math.floor((area.h + gap) / (h + gap)));
    const noteSize = round1(m.fs * 0.85);
    const reserve = textWidth(`+${row.tokens.length} more`, noteSize) + gap;
    const placed: Array<{ x: number; line: number; w: number }> = [];
    let x = area.x;
    let lineNo = 0;
    const minW = Math.min(area.w, m.fs * 5);
    for (let k = 0; k < row.tokens.length; k++) {
      let w = Math.min(sizes[k], area.w);
      const more = k < row.tokens.length - 1;
      const roomOnLine = () => area.x + area.w - x - (lineNo === lines - 1 && more ? reserve : 0);
      let room = roomOnLine();
      if (w > room && lineNo < lines - 1 && x > area.x) {
        lineNo++;
        x = area.x;
        room = roomOnLine();
      }
      if (w > room) {
        // The front of the queue always shows; later tokens shrink to fit, or are counted.
        if (room >= minW) w = room;
        else if (k === 0) w = room > 0 ? room : area.w;
        else break;
      }
      placed.push({ x, line: lineNo, w });
      x += w + gap;
    }
    const usedLines = (placed[placed.length - 1]?.line ?? 0) + 1;
    const top = area.y + (area.h - (usedLines * h + (usedLines - 1) * gap)) / 2;
    placed.forEach((p, k) =>
      nodes.push(
        queueToken(
          row.panel,
          row.tokens[k],
          { x: p.x, y: top + p.line * (h + gap), w: p.w, h },
          k === 0,
          m,
          theme,
        ),
      ),
    );
    if (placed.length < row.tokens.length) {
      const lastLine = usedLines - 1;
      nodes.push(
        textNode(
          `overflow:${row.panel}`,
          row.panel,
          'overflow',
          area.x + area.w,
          top + lastLine * (h + gap) + h / 2 + noteSize * 0.35,
          `+${row.tokens.length - placed.length} more`,
          noteSize,
          700,
          theme.muted,
          'end',
        ),
      );
    }
  });
}

/** A queue row: its title on the left (where the queue's front is), tokens to the right. */
function queuePanel(nodes: SceneNode[], row: QueueRow, r: Rect, m: Metrics, theme: Theme): Rect {
  // The title column takes what its words need, up to 45% of the row; long words get a
  // slightly smaller type before they get cut.
  const maxW = r.w * 0.45;
  const fitSize = (text: string, size: number, smallest: number) =>
    textWidth(text, size) + m.pad * 2 <= maxW
      ? size
      : Math.max(smallest, round1((maxW - m.pad * 2) / (text.length * 0.6)));
  const size = fitSize(row.title, round1(m.fs * 0.9), round1(m.fs * 0.68));
  const subSize = fitSize(row.subtitle, round1(m.fs * 0.72), round1(m.fs * 0.62));
  const needed = Math.max(textWidth(row.title, size), textWidth(row.subtitle, subSize)) + m.pad * 2;
  const labelW = Math.round(Math.min(needed, maxW));
  const fitsTwo = r.h >= size * 1.4 + subSize * 1.5 + m.pad;
  const titleY = fitsTwo ? r.h / 2 - subSize * 0.3 : r.h / 2 + size * 0.35;
  const lines: TextLine[] = [
    line(
      fitText(row.title, labelW - m.pad * 1.2, size),
      m.pad,
      titleY,
      size,
      700,
      theme.panel.title,
    ),
  ];
  if (fitsTwo)
    lines.push(
      line(
        fitText(row.subtitle, labelW - m.pad * 1.2, subSize),
        m.pad,
        titleY + subSize * 1.45,
        subSize,
        400,
        theme.muted,
      ),
    );
  nodes.push({
    type: 'box',
    key: `panel:${row.panel}`,
    panel: row.panel,
    role: 'panel',
    label: row.title,
    opacity: 1,
    ...r,
    radius: m.radius * 1.4,
    fill: theme.panel.fill,
    stroke: theme.panel.stroke,
    strokeWidth: m.stroke,
    dashed: false,
    lines,
  });
  const padY = Math.min(m.pad * 0.7, r.h * 0.08);
  return { x: r.x + labelW, y: r.y + padY, w: r.w - labelW - m.pad * 0.7, h: r.h - padY * 2 };
}

function isJob(t: StageJob | StageTask): t is StageJob {
  return 'kind' in t;
}

function queueTokenLabel(t: StageJob | StageTask): { title: string; tag: string } {
  if (isJob(t))
    return {
      title: t.kind === 'await-continuation' ? t.label.replace(/ \(after await\)$/, '') : t.label,
      tag: JOB_TAGS[t.kind],
    };
  return { title: t.label, tag: TASK_TAGS[t.source] };
}

function queueTokenWidth(t: StageJob | StageTask, m: Metrics): number {
  const { title, tag } = queueTokenLabel(t);
  const content = Math.max(textWidth(title, m.fs, 'mono'), textWidth(tag, m.fs * 0.72));
  return Math.round(clamp(content + m.pad * 2 + m.fs * 0.4, m.fs * 6.5, m.fs * 12));
}

function queueToken(
  panelId: PanelId,
  t: StageJob | StageTask,
  rect: Rect,
  front: boolean,
  m: Metrics,
  theme: Theme,
): BoxNode {
  const job = isJob(t);
  const swatch: Swatch = job ? theme.job[t.kind] : theme.task[t.source];
  const { title, tag } = queueTokenLabel(t);
  return token({
    key: t.key,
    panel: panelId,
    role: job ? 'job' : 'task',
    rect,
    swatch,
    accent: swatch.stroke,
    title,
    titleFont: 'mono',
    tag,
    emphasis: front,
    origin: t.origin,
    enter: { dx: m.fs * 3, dy: 0 },
    m,
    theme,
  });
}

// ---- console -------------------------------------------------------------------------------

function layoutConsole(
  nodes: SceneNode[],
  input: SceneInput,
  r: Rect,
  m: Metrics,
  theme: Theme,
): void {
  const area = panel(nodes, 'console', 'Console', r, m, theme);
  if (input.consoleCount === 0) {
    hint(nodes, 'console', 'nothing printed yet', area, m, theme);
    return;
  }
  const size = round1(m.fs * 0.92);
  const lineH = Math.round(size * 1.55);
  const fits = Math.max(1, Math.floor(area.h / lineH));
  const earlier = input.consoleCount > fits ? input.consoleCount - (fits - 1) : 0;
  const shown =
    earlier > 0 ? input.console.slice(input.console.length - (fits - 1)) : input.console;
  let y = area.y;
  if (earlier > 0) {
    nodes.push(
      textNode(
        'overflow:console',
        'console',
        'overflow',
        area.x,
        y + lineH * 0.68,
        `… ${earlier} earlier line${earlier > 1 ? 's' : ''}`,
        round1(size * 0.85),
        400,
        theme.muted,
        'start',
      ),
    );
    y += lineH;
  }
  for (const l of shown) {
    const color = theme.console[l.level];
    const text = fitText(l.text, area.w - m.pad * 0.6, size, 'mono');
    const node: TextNode = {
      type: 'text',
      key: l.key,
      panel: 'console',
      role: 'console-line',
      label: l.text,
      opacity: 1,
      jumpTo: l.step,
      origin: l.origin,
      enter: { dx: 0, dy: lineH },
      x: area.x + m.pad * 0.3,
      y: y + lineH * 0.7,
      line: {
        text,
        x: 0,
        y: 0,
        size,
        weight: l.level === 'error' || l.current ? 700 : 400,
        color,
        align: 'start',
        font: 'mono',
      },
    };
    if (l.current)
      node.highlight = {
        x: -m.pad * 0.3,
        y: -lineH * 0.7,
        w: area.w,
        h: lineH,
        fill: theme.console.current,
      };
    nodes.push(node);
    y += lineH;
  }
}

// ---- building blocks -------------------------------------------------------------------------

interface TokenSpec {
  key: string;
  panel: PanelId;
  role: BoxNode['role'];
  rect: Rect;
  swatch: Swatch;
  accent: string;
  title: string;
  titleFont: 'sans' | 'mono';
  tag: string;
  tagFont?: 'sans' | 'mono';
  emphasis: boolean;
  dashed?: boolean;
  origin?: string;
  enter?: { dx: number; dy: number };
  m: Metrics;
  theme: Theme;
}

/** A token: a rounded box with an accent strip, a title line and a smaller tag line. */
function token(s: TokenSpec): BoxNode {
  const { m, rect } = s;
  const accentW = Math.max(3, Math.round(m.fs * 0.32));
  const textX = accentW + m.pad * 0.7;
  const textW = rect.w - textX - m.pad * 0.5;
  const titleSize = round1(m.fs * (rect.h < m.fs * 2.4 ? 0.85 : 1));
  const tagSize = round1(m.fs * 0.72);
  const twoLines = rect.h >= titleSize * 1.3 + tagSize * 1.5;
  const lines: TextLine[] = [];
  if (twoLines) {
    const block = titleSize * 1.05 + tagSize * 1.35;
    const top = (rect.h - block) / 2;
    lines.push({
      ...line(
        fitText(s.title, textW, titleSize, s.titleFont),
        textX,
        top + titleSize * 0.92,
        titleSize,
        s.emphasis ? 700 : 600,
        s.swatch.text,
      ),
      font: s.titleFont,
    });
    lines.push({
      ...line(
        fitText(s.tag, textW, tagSize, s.tagFont ?? 'sans'),
        textX,
        top + titleSize * 1.05 + tagSize * 1.1,
        tagSize,
        400,
        s.swatch.text,
      ),
      font: s.tagFont ?? 'sans',
    });
  } else {
    lines.push({
      ...line(
        fitText(s.title, textW, titleSize, s.titleFont),
        textX,
        rect.h / 2 + titleSize * 0.36,
        titleSize,
        600,
        s.swatch.text,
      ),
      font: s.titleFont,
    });
  }
  return {
    type: 'box',
    key: s.key,
    panel: s.panel,
    role: s.role,
    label: `${s.title} (${s.tag})`,
    opacity: 1,
    origin: s.origin,
    enter: s.enter,
    x: rect.x,
    y: rect.y,
    w: rect.w,
    h: rect.h,
    radius: m.radius,
    fill: s.swatch.fill,
    stroke: s.swatch.stroke,
    strokeWidth: s.emphasis ? m.stroke * 1.8 : m.stroke,
    dashed: s.dashed ?? false,
    accent: { color: s.accent, width: accentW },
    lines,
  };
}

/** Cells of `w` x `h` laid out left to right, top to bottom in `area`. */
/** `grid` with as many columns of at least `minWidth` as fit, widened to fill the area. */
function stretchedGrid(
  area: Rect,
  minWidth: number,
  h: number,
  gap: number,
  count: number,
): ReturnType<typeof grid> {
  const columns = Math.max(1, Math.floor((area.w + gap) / (minWidth + gap)));
  return grid(area, (area.w - gap * (columns - 1)) / columns, h, gap, count);
}

function grid(
  area: Rect,
  w: number,
  h: number,
  gap: number,
  count: number,
): { shown: number; at(i: number): Rect } {
  // (The epsilon keeps cells computed as area / n from rounding down to n - 1 per line.)
  const columns = Math.max(1, Math.floor((area.w + gap) / (w + gap) + 1e-6));
  const rows = Math.max(1, Math.floor((area.h + gap) / (h + gap) + 1e-6));
  const cellH = Math.min(h, area.h);
  return {
    shown: Math.min(count, columns * rows),
    at: (i) => ({
      x: area.x + (i % columns) * (w + gap),
      y: area.y + Math.floor(i / columns) * (cellH + gap),
      w,
      h: cellH,
    }),
  };
}

function line(
  text: string,
  x: number,
  y: number,
  size: number,
  weight: TextLine['weight'],
  color: string,
  align: TextLine['align'] = 'start',
): TextLine {
  return { text, x: round1(x), y: round1(y), size, weight, color, align, font: 'sans' };
}

function textNode(
  key: string,
  panelId: PanelId,
  role: TextNode['role'],
  x: number,
  y: number,
  text: string,
  size: number,
  weight: TextLine['weight'],
  color: string,
  align: TextLine['align'],
): TextNode {
  return {
    type: 'text',
    key,
    panel: panelId,
    role,
    label: text,
    opacity: 1,
    x: round1(x),
    y: round1(y),
    line: { text, x: 0, y: 0, size, weight, color, align, font: 'sans' },
  };
}

export function formatMs(ms: number): string {
  return `${Number.isInteger(ms) ? ms : ms.toFixed(1)} ms`;
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, v));
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
