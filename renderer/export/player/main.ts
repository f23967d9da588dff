/**
 * The HTML player's entry: built on its own into one script (see the `loopscope-player` plugin in
 * renderer/vite.config.ts) that an exported HTML file carries inline.
 */
import { traceFromPlain, type PlainTrace } from '../../../interpreter/trace/json';
import { PLAYER_DATA_ID, PLAYER_DATA_VERSION, type PlayerData } from './html';
import { Player } from './player';

function start(): void {
  const root = document.getElementById('loopscope-player');
  const json = document.getElementById(PLAYER_DATA_ID)?.textContent;
  if (!root || !json) return;
  try {
    // The trace's columns are plain arrays as JSON, chunked in memory (types.ts `Column`).
    const data = JSON.parse(json) as Omit<PlayerData, 'trace'> & { trace: PlainTrace };
    if (data.version !== PLAYER_DATA_VERSION)
      throw new Error(`this file was made by a newer Loopscope (format ${data.version})`);
    new Player(root, { ...data, trace: traceFromPlain(data.trace) });
    root.focus();
  } catch (e) {
    root.textContent = `This Loopscope player cannot start: ${e instanceof Error ? e.message : String(e)}`;
    root.className = 'player-error';
  }
}

start();
