/**
 * Run by stackDepth.test.ts under `node --stack-size=450` (the stack of a Chromium worker):
 * recursion of many shapes must end in the program's own RangeError, never the host's.
 */
import { HOST_STACK_NOTICE } from '../agent';
import { run } from '../index';

const shapes: Record<string, string> = {
  direct: 'function f() { d++; f(); } f();',
  arguments: 'function f(a, b, c) { d++; return f(a + 1, [b], { c }) + 1; } f(0, 1, 2);',
  method:
    'const o = { m(x) { d++; for (const y of [1]) { if (x > -1) return this.m(x + y); } } }; o.m(0);',
  constructor: 'class A { constructor() { d++; new A(); } } new A();',
  getter: 'const o = { get g() { d++; return this.g; } }; o.g;',
  setter: 'const o = { set s(v) { d++; this.s = v; } }; o.s = 1;',
  forEach: 'function f() { d++; [1].forEach(() => f()); } f();',
  sort: 'function f() { d++; [2, 1].sort((a, b) => { f(); return a - b; }); } f();',
  map: 'function f() { d++; return [1].map(() => f()); } f();',
  toString: "const o = { toString() { d++; return '' + o; } }; String(o);",
  valueOf: 'const o = { valueOf() { d++; return o + 1; } }; o + 1;',
  generator: 'function* g() { d++; yield* g(); } [...g()];',
  generatorNext: 'function* g() { d++; yield g().next(); } g().next();',
  iterator:
    'const it = { [Symbol.iterator]() { d++; return [...it][Symbol.iterator](); } }; [...it];',
  toJSON: 'const o = { toJSON() { d++; return JSON.stringify(o); } }; JSON.stringify(o);',
  callApply: 'function f() { d++; return f.call(null) + f.apply(null, []); } f();',
  bound: 'function f() { d++; return g(); } const g = f.bind(null); f();',
  hasInstance:
    'class A { static [Symbol.hasInstance](x) { d++; return x instanceof A; } } ({}) instanceof A;',
  mapSubclass: 'class M extends Map { set(k, v) { d++; new M([[1, 2]]); } } new M([[1, 2]]);',
  arrayFrom: 'function f() { d++; return Array.from({ length: 1 }, () => f()); } f();',
};

const results: Record<string, { text: string; notices: string[] }> = {};
for (const [name, body] of Object.entries(shapes)) {
  const source = `let d = 0;\ntry { ${body} } catch (e) { console.log(e instanceof RangeError, e.message, d); }`;
  const trace = run(source, { model: 'node', stepLimit: 10_000_000 });
  results[name] = {
    text: trace.console.map((l) => l.text).join('\n'),
    notices: trace.notices.filter((n) => n === HOST_STACK_NOTICE),
  };
}
// (No Node types in the interpreter's own tsconfig: the child process's stdout, reached plainly.)
const host = globalThis as unknown as { process: { stdout: { write(text: string): void } } };
host.process.stdout.write(JSON.stringify(results));
