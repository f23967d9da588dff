/**
 * The sealed realm, tested as attacks: each test passes only if the attack fails. A program must
 * reach nothing of the host (no process, require, host globalThis, host Function), and what it
 * changes in its own builtins must change only its own world.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Agent } from '../agent';
import { createHost, run } from '../index';
import { Recorder } from '../trace/recorder';
import type { Model } from '../trace/types';
import { isAccessor, JSObject } from './values';

function lines(source: string, model: Model = 'node'): string[] {
  return run(source, { model }).console.map((l) => l.text);
}

/** Every object reachable from a fresh realm's global object: properties, accessors, prototypes. */
function reachable(model: Model): unknown[] {
  const agent = new Agent('', new Recorder(1_000_000), createHost(model));
  const seen = new Set<unknown>();
  const queue: unknown[] = [agent.globalObject];
  while (queue.length > 0) {
    const v = queue.pop();
    if (seen.has(v) || v === null || (typeof v !== 'object' && typeof v !== 'function')) continue;
    seen.add(v);
    if (!(v instanceof JSObject)) continue;
    queue.push(v.proto);
    for (const key of v.ownKeys()) {
      const p = v.getOwnProperty(key)!;
      if (isAccessor(p)) queue.push(p.get, p.set);
      else queue.push(p.value);
    }
  }
  return [...seen];
}

describe('nothing of the host is reachable', () => {
  for (const model of ['browser', 'node'] as const) {
    it(`every object reachable from the ${model} global object is the realm's own`, () => {
      const objects = reachable(model);
      expect(objects.length).toBeGreaterThan(200);
      const foreign = objects.filter((o) => !(o instanceof JSObject));
      expect(foreign).toEqual([]);
    });
  }

  it('has no host globals by name', () => {
    const probe = `console.log(['Buffer', 'require', 'module', 'exports', '__dirname', '__filename', 'WebAssembly', 'importScripts', 'Deno', 'Bun', 'XMLHttpRequest', 'Worker', 'SharedArrayBuffer', 'Atomics'].filter((n) => n in globalThis).join() || 'none')`;
    expect(lines(probe, 'node')).toEqual(['none']);
    expect(lines(probe, 'browser')).toEqual(['none']);
    expect(lines('console.log(typeof process, typeof globalThis.process)', 'browser')).toEqual([
      'undefined undefined',
    ]);
  });

  it("node's process is the simulated one: no env, binding, exit or mainModule", () => {
    // Named, they are refused before anything runs; reached by a computed key, they are not there.
    for (const member of ['env', 'binding', 'mainModule', 'dlopen', 'exit']) {
      const trace = run(`console.log('ran');\nprocess.${member};`, { model: 'node' });
      expect(trace.outcome.kind, member).toBe('unsupported');
      expect(trace.console, member).toEqual([]);
    }
    expect(
      lines(
        "const p = process; console.log(['env', 'binding', 'mainModule', 'dlopen', 'exit'].map((k) => typeof p[k]).join(' '), typeof process.nextTick)",
      ),
    ).toEqual(['undefined undefined undefined undefined undefined function']);
  });

  it('refuses require, import(), module and exports before running anything', () => {
    for (const attack of [
      "require('fs')",
      "import('fs').then(() => {})",
      'module.exports = 1',
      'exports.x = 1',
    ]) {
      const trace = run(`console.log('ran');\n${attack};`, { model: 'node' });
      expect(trace.outcome.kind, attack).toBe('unsupported');
      expect(trace.console, attack).toEqual([]);
    }
  });
});

describe('code generation from strings is refused in the realm', () => {
  it('throws EvalError from every Function constructor, as V8 does under a CSP', () => {
    const attacks = [
      "(() => {}).constructor('return process')()",
      "Function('return this')()",
      "new Function('a', 'b', 'return a + b')",
      '[].constructor.constructor("return globalThis")()',
      "(function* () {}).constructor('yield 1')",
      "(async () => {}).constructor('await 1')",
      "Object.getPrototypeOf(function () {}).constructor('return 1')",
    ];
    const source = attacks
      .map(
        (x) =>
          `try { ${x}; console.log('ran'); } catch (e) { console.log(e instanceof EvalError, e.message); }`,
      )
      .join('\n');
    for (const line of lines(source))
      expect(line).toBe('true Code generation from strings disallowed for this context');
  });

  it('refuses eval before running', () => {
    const trace = run("console.log('ran'); eval('1 + 1');", { model: 'node' });
    expect(trace.outcome.kind).toBe('unsupported');
    expect(trace.console).toEqual([]);
  });
});

describe('host objects stay untouched', () => {
  const saved = {
    postMessage: (globalThis as Record<string, unknown>).postMessage,
    self: (globalThis as Record<string, unknown>).self,
  };
  afterEach(() => {
    (globalThis as Record<string, unknown>).postMessage = saved.postMessage;
    (globalThis as Record<string, unknown>).self = saved.self;
  });

  it("never calls the worker's own postMessage", () => {
    const spy = vi.fn();
    (globalThis as Record<string, unknown>).postMessage = spy;
    (globalThis as Record<string, unknown>).self = globalThis;
    for (const model of ['browser', 'node'] as const) {
      run(
        "try { postMessage('x', '*'); } catch {} try { self.postMessage('y', '*'); } catch {} try { globalThis.postMessage('z', '*'); } catch {}",
        { model },
      );
    }
    expect(spy).not.toHaveBeenCalled();
  });

  it('leaves the host Error and its stack API alone', () => {
    const before = {
      prepare: (Error as { prepareStackTrace?: unknown }).prepareStackTrace,
      limit: Error.stackTraceLimit,
    };
    const out = lines(`
      let called = false;
      Error.prepareStackTrace = () => { called = true; return 'HIJACKED'; };
      Error.stackTraceLimit = 0;
      Error.captureStackTrace = () => { called = true; };
      const e = new Error('mine');
      const o = {};
      Error.captureStackTrace(o);
      console.log(called, typeof e.stack, typeof o.stack);
    `);
    // The program's own Error is theirs to change (captureStackTrace replaced: no stack on o).
    expect(out).toEqual(['true string undefined']);
    expect((Error as { prepareStackTrace?: unknown }).prepareStackTrace).toBe(before.prepare);
    expect(Error.stackTraceLimit).toBe(before.limit);
    expect(new Error('host').stack).toContain('host');
  });

  it('captureStackTrace fills in interpreted frames only', () => {
    const [stack] = lines(
      `function inner() { const o = {}; Error.captureStackTrace(o); return o.stack; } console.log(inner());`,
    )
      .join('\n')
      .split('\nEND');
    expect(stack).toMatch(
      /^Error\n {4}at inner \(program\.js:1:\d+\)\n {4}at Object\.<anonymous> \(program\.js:1:\d+\)$/,
    );
    expect(stack).not.toMatch(/node:|node_modules|\.ts/);
  });
});

describe("a program's changes to its builtins change only its own world", () => {
  it('keeps console, callbacks, promises and timers working with Function.prototype.call/apply/bind replaced', () => {
    // Real Node's own console breaks on this program (it calls user-replaceable methods); a
    // browser's does not. The program's world changes, the interpreter's does not.
    const out = lines(`
      Function.prototype.call = function () { return 'hijacked call'; };
      Function.prototype.apply = function () { return 'hijacked apply'; };
      Function.prototype.bind = function () { return () => 'hijacked bind'; };
      function f() { return 'real'; }
      console.log(f.call(null), f.apply(null), f.bind(null)(), f());
      [1, 2].forEach((x) => console.log('forEach', x));
      console.log([3, 1, 2].sort((a, b) => a - b), [1, 2].map((x) => x * 2));
      Promise.resolve(1).then((v) => console.log('then', v));
      (async () => { await null; console.log('await works'); })();
      queueMicrotask(() => console.log('queueMicrotask works'));
      setTimeout(() => console.log('timeout works'), 0);
      console.log('end of script');
    `);
    expect(out).toEqual([
      'hijacked call hijacked apply hijacked bind real',
      'forEach 1',
      'forEach 2',
      '[ 1, 2, 3 ] [ 2, 4 ]',
      'end of script',
      'then 1',
      'await works',
      'queueMicrotask works',
      'timeout works',
    ]);
  });

  it("uses a replaced Array.prototype[Symbol.iterator] in the program's iteration only", () => {
    const out = lines(`
      Array.prototype[Symbol.iterator] = function* () { yield 'hijacked'; };
      const arr = [1, 2, 3];
      console.log([...arr], arr, new Set([7, 8]));
      Promise.all([Promise.resolve(1), 2]).then((v) => console.log('all', v));
      (async () => { await 0; console.log('after await'); })();
    `);
    // Spread and Set read the program's iterator; console.log shows the array as it is; the
    // job queue and await are the interpreter's and never iterate.
    // (Promise.all's result takes more ticks than one await, as in Node.)
    expect(out).toEqual([
      "[ 'hijacked' ] [ 1, 2, 3 ] Set(1) { 'hijacked' }",
      'after await',
      "all [ 'hijacked' ]",
    ]);
  });

  it('keeps console.log formatting its own way with prototypes and JSON replaced', () => {
    const out = lines(`
      Object.prototype.toString = () => 'hijacked';
      Array.prototype.join = () => 'hijacked';
      Object.keys = () => ['hijacked'];
      Object.getOwnPropertyNames = () => [];
      Symbol.prototype.toString = () => 'hijacked';
      JSON.stringify = () => 'hijacked';
      console.log({ a: [1, 2] }, [Symbol('s')], new Map([[1, { b: 2 }]]));
      console.log('%j', { x: 1 });
    `);
    expect(out).toEqual(['{ a: [ 1, 2 ] } [ Symbol(s) ] Map(1) { 1 => { b: 2 } }', '{"x":1}']);
  });
});

describe('values stay the realm’s', () => {
  it('gives every builtin a constructor chain that ends in the realm', () => {
    const out = lines(`
      const seen = new Set();
      const values = [1, 'a', true, Symbol(), 1n, {}, [], () => {}, function* () {}, async () => {}, class {}, new Map(), new Set(),
        new WeakMap(), Promise.resolve(), new Error(), JSON, Math, globalThis, console, Object.prototype, Function.prototype];
      let ok = true;
      for (const v of values) {
        const F = v.constructor.constructor;
        try { F('return 1'); ok = false; } catch (e) { if (!(e instanceof EvalError)) ok = false; }
        if (Object.getPrototypeOf(Object.getPrototypeOf(F)) !== Object.prototype) ok = false;
      }
      console.log(ok);
    `);
    expect(out).toEqual(['true']);
  });

  it('cannot make the interpreter run host code through toString/valueOf/getters', () => {
    const out = lines(`
      const sneaky = { toString() { return 'constructor'; } };
      const f = (() => {})[sneaky];
      try { f('return process')(); } catch (e) { console.log(e.name); }
      const g = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get;
      console.log(g.call(() => {}) === Function.prototype);
    `);
    expect(out).toEqual(['EvalError', 'true']);
  });
});
