/**
 * The constructs refused before running, model by model: a global or a member a model does not
 * provide is refused where the runtime has it, and left to throw where the runtime lacks it too.
 */
import { describe, expect, it } from 'vitest';
import { run, stepCount, type Model } from '../index';

/** The code, the models that refuse it, the feature named, and the token the position points at. */
const refused: Array<[string, Model[], string, string]> = [
  ["process.on('exit', () => {});", ['node'], 'process.on', 'process'],
  ['process.exit(3);', ['node'], 'process.exit', 'process'],
  ['process.exitCode = 3;', ['node'], 'process.exitCode', 'process'],
  ['const args = process.argv.slice(2);', ['node'], 'process.argv', 'process'],
  ['const home = process.env.HOME;', ['node'], 'process.env', 'process'],
  ["const t = process['hrtime']();", ['node'], 'process.hrtime', 'process'],
  ["process.stdout.write('x');", ['node'], 'process.stdout', 'process'],
  ['process.memoryUsage();', ['node'], 'process.memoryUsage', 'process'],
  ["console.time('t');", ['node', 'browser'], 'console.time', 'console'],
  ["console.timeEnd('t');", ['node', 'browser'], 'console.timeEnd', 'console'],
  ["console.timeLog('t');", ['node', 'browser'], 'console.timeLog', 'console'],
  ['console.table([obj]);', ['node', 'browser'], 'console.table', 'console'],
  ["performance.mark('a');", ['node', 'browser'], 'performance.mark', 'performance'],
  ['const copy = structuredClone(obj);', ['node', 'browser'], 'structuredClone', 'structuredClone'],
  ["atob('eA==');", ['node', 'browser'], 'atob', 'atob'],
  ["btoa('x');", ['node', 'browser'], 'btoa', 'btoa'],
  ["new URL('http://a/');", ['node', 'browser'], 'URL', 'URL'],
  ["new URLSearchParams('a=1');", ['node', 'browser'], 'URLSearchParams', 'URLSearchParams'],
  ['new TextEncoder();', ['node', 'browser'], 'TextEncoder', 'TextEncoder'],
  ['new TextDecoder();', ['node', 'browser'], 'TextDecoder', 'TextDecoder'],
  ['new AbortController();', ['node', 'browser'], 'AbortController', 'AbortController'],
  ['AbortSignal.timeout(10);', ['node', 'browser'], 'AbortSignal', 'AbortSignal'],
  ['crypto.randomUUID();', ['node', 'browser'], 'crypto', 'crypto'],
  ['new Blob([]);', ['node', 'browser'], 'Blob', 'Blob'],
  ["new Event('x');", ['node', 'browser'], 'Event', 'Event'],
  ['new EventTarget();', ['node', 'browser'], 'EventTarget', 'EventTarget'],
  ["new Function('return 1');", ['node', 'browser'], 'the Function constructor', 'new'],
  [
    "const f = Function('a', 'return a');",
    ['node', 'browser'],
    'the Function constructor',
    'Function',
  ],
  ["Buffer.from('x');", ['node'], 'Buffer', 'Buffer'],
  ['console.log(__filename);', ['node'], '__filename', '__filename'],
  ['console.log(__dirname);', ['node'], '__dirname', '__dirname'],
  ['module.exports = {};', ['node'], 'module', 'module'],
  ['exports.x = 1;', ['node'], 'exports', 'exports'],
  ["fetch('/x');", ['node'], 'fetch in the node model', 'fetch'],
  ['new MessageChannel();', ['node'], 'MessageChannel in the node model', 'MessageChannel'],
  ["document.querySelector('p');", ['browser'], 'document', 'document'],
  ["localStorage.getItem('k');", ['browser'], 'localStorage', 'localStorage'],
];

describe('constructs refused before running', () => {
  for (const [code, models, feature, token] of refused) {
    for (const model of models) {
      it(`${model} model: refuses ${feature}, naming it and its line:column`, () => {
        const source = `console.log('this must not print');\nconst obj = {};\n  ${code}\n`;
        const trace = run(source, { model });
        expect(trace.outcome.kind).toBe('unsupported');
        if (trace.outcome.kind !== 'unsupported') return;
        expect(trace.outcome.feature.startsWith(feature)).toBe(true);
        const column = 3 + code.indexOf(token);
        expect(trace.outcome.diagnostic.message).toBe(
          `not supported yet: ${trace.outcome.feature} at 3:${column}`,
        );
        expect(trace.console).toEqual([]);
        expect(stepCount(trace)).toBeLessThanOrEqual(1);
      });
    }
  }
});

describe('what is left to run', () => {
  const outcome = (source: string, model: Model) => {
    const trace = run(source, { model });
    return [trace.outcome.kind, ...trace.console.map((l) => l.text.split('\n')[0])];
  };

  it('runs what a model provides of a host object', () => {
    expect(outcome("process.nextTick(() => console.log('tick'));", 'node')).toEqual([
      'completed',
      'tick',
    ]);
    expect(outcome('console.log(typeof performance.now());', 'browser')).toEqual([
      'completed',
      'number',
    ]);
    expect(
      outcome('console.log(typeof Function, (() => {}) instanceof Function);', 'node'),
    ).toEqual(['completed', 'function true']);
  });

  it('lets a global the runtime lacks too throw its ReferenceError, as the runtime does', () => {
    expect(outcome("process.on('exit', () => {});", 'browser')).toEqual([
      'completed',
      'Uncaught ReferenceError: process is not defined',
    ]);
    expect(outcome("Buffer.from('x');", 'browser')).toEqual([
      'completed',
      'Uncaught ReferenceError: Buffer is not defined',
    ]);
    expect(outcome("document.title = 'x';", 'node')).toEqual([
      'uncaught',
      'ReferenceError: document is not defined',
    ]);
  });

  it('reads names every object has as the names they are, not as entries of its tables', () => {
    const source =
      'console.log(typeof hasOwnProperty, typeof toString.call, console.constructor === Object);';
    expect(outcome(source, 'node')).toEqual(['completed', 'function function true']);
  });

  it('runs a program that declares those names itself', () => {
    const source = [
      'function process(items) { return items.length; }',
      'class URL { constructor(href) { this.href = href; } }',
      'const structuredClone = (v) => ({ ...v });',
      "console.log(process.length, new URL('a').href, structuredClone({ b: 1 }));",
    ].join('\n');
    expect(outcome(source, 'node')).toEqual(['completed', '1 a { b: 1 }']);
  });
});
