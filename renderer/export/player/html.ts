/**
 * The self-contained HTML player: one file holding the trace, the player's script and its
 * styles. It loads nothing (its Content-Security-Policy forbids it), so it works from a USB stick,
 * offline, and inside an iframe of a slide deck.
 */
import { plainTrace } from '../../../interpreter/trace/json';
import type { Trace } from '../../../interpreter/trace/types';
import type { StagePart } from '../../scene/layout';
import type { ThemeName } from '../../scene/theme';
import type { StepRange } from '../timing';

export const PLAYER_DATA_VERSION = 1;

/** What the player is told, in a JSON script element. */
export interface PlayerData {
  version: typeof PLAYER_DATA_VERSION;
  title: string;
  trace: Trace;
  range: StepRange;
  speed: number;
  theme: ThemeName;
  parts: StagePart[];
  fontScale: number;
}

export const PLAYER_DATA_ID = 'loopscope-data';

export function buildPlayerHtml(
  data: PlayerData,
  playerScript: string,
  background: string,
): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:">
<meta name="generator" content="Loopscope">
<title>${escapeHtml(data.title)} — Loopscope</title>
<style>${PLAYER_CSS.replace('BACKGROUND', background)}</style>
</head>
<body>
<div id="loopscope-player" class="player" tabindex="0" aria-label="${escapeHtml(data.title)}: the event loop, step by step"></div>
<script type="application/json" id="${PLAYER_DATA_ID}">${jsonForScript({ ...data, trace: plainTrace(data.trace) })}</script>
<script>${scriptForHtml(playerScript)}</script>
</body>
</html>
`;
}

/** JSON that cannot end its script element early: `<` never appears as itself. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A script's text with every `</script` written so that the HTML parser does not see it. */
function scriptForHtml(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function escapeHtml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const PLAYER_CSS = `
html, body { margin: 0; height: 100%; background: BACKGROUND; }
body { font: 14px/1.3 system-ui, "Segoe UI", "Liberation Sans", sans-serif; overflow: hidden; }
.player { position: fixed; inset: 0; display: flex; flex-direction: column; outline: none; }
.player-stage { flex: 1 1 auto; min-height: 0; position: relative; }
.player-stage canvas { position: absolute; inset: 0; width: 100%; height: 100%; display: block; }
.player-bar { flex: 0 0 auto; display: flex; align-items: center; gap: 6px; padding: 6px 10px;
  background: rgba(20, 24, 34, 0.92); color: #f1f3f8; }
.player-bar button { font: inherit; min-width: 34px; height: 30px; display: inline-grid; place-items: center; padding: 0 6px; border-radius: 6px; border: 1px solid #4a5368;
  background: #262c3b; color: inherit; cursor: pointer; }
.player-bar button:hover, .player-bar button:focus-visible { background: #34405a; outline: 2px solid #7ea6ff; outline-offset: 0; }
.player-bar input[type=range] { flex: 1 1 auto; min-width: 60px; accent-color: #7ea6ff; }
.player-count { font-variant-numeric: tabular-nums; white-space: nowrap; min-width: 8em; text-align: right; }
.player-caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.player-error { padding: 2em; color: #b00000; font-size: 16px; }
`;
