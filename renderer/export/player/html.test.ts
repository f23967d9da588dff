import { describe, expect, it } from 'vitest';
import { plainTrace, run } from '../../../interpreter/index';
import {
  buildPlayerHtml,
  jsonForScript,
  PLAYER_DATA_ID,
  PLAYER_DATA_VERSION,
  type PlayerData,
} from './html';

const source = `console.log("</script><script>alert(1)</script>\\u2028<!--");`;
const data: PlayerData = {
  version: PLAYER_DATA_VERSION,
  title: 'a <title> & "quotes"',
  trace: run(source, { model: 'browser' }),
  range: { from: 0, to: 3 },
  speed: 1,
  theme: 'projector',
  parts: ['caption', 'stack'],
  fontScale: 1,
};
const script = 'var s = "</script>"; /* <!-- */ start();';

describe('the HTML player file', () => {
  const html = buildPlayerHtml(data, script, '#ffffff');

  it('holds the data, intact, in a JSON script element that nothing can end early', () => {
    const open = `<script type="application/json" id="${PLAYER_DATA_ID}">`;
    const from = html.indexOf(open) + open.length;
    const to = html.indexOf('</script>', from);
    // The trace's chunked columns are written as plain arrays.
    expect(JSON.parse(html.slice(from, to))).toEqual({ ...data, trace: plainTrace(data.trace) });
    expect(jsonForScript({ a: '</script>' })).not.toContain('<');
  });

  it('holds the script with every closing tag hidden from the HTML parser', () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0][1]).toBe('var s = "<\\/script>"; /* <\\!-- */ start();');
  });

  it('loads nothing from anywhere: its policy allows only what is inline', () => {
    expect(html).toContain(
      `content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:"`,
    );
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).toContain('<title>a &lt;title&gt; &amp; &quot;quotes&quot; — Loopscope</title>');
  });
});
