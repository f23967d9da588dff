/**
 * The engines of the throughput table, each behind one shape: `prepare(source)` does what a run
 * needs before the clock starts, and the function it returns runs the program to its end and
 * resolves with the one line the program printed (its checksum).
 *
 * What the clock covers: for the interpreters, everything from source text to the end of the
 * event loop — parsing, creating the realm (Loopscope cannot create it apart from `run`, so none
 * of them does), evaluation. For native V8, compiling and running in a vm context made beforehand
 * (V8's own realm exists before any program runs). Loopscope runs from the bundle the app
 * would ship (lib/loopscope.ts); sval and JS-Interpreter from their packages' builds.
 */
import { createRequire } from 'node:module';
import vm from 'node:vm';
import type JSInterpreter from 'js-interpreter';
import Sval from 'sval';
import { loadLoopscope } from '../../lib/loopscope';

export type EngineName = 'native' | 'loopscope' | 'sval' | 'jsinterpreter';

export const ENGINES: Array<{ name: EngineName; label: string }> = [
  { name: 'native', label: 'native V8' },
  { name: 'loopscope', label: 'Loopscope' },
  { name: 'sval', label: 'sval' },
  { name: 'jsinterpreter', label: 'JS-Interpreter' },
];

export interface RunOutput {
  /** What the program printed. */
  output: string;
  /** Loopscope only: fine steps and event steps of the recorded trace. */
  steps?: number;
  eventSteps?: number;
}

/**
 * What a timed run resolves with: the output, and for Loopscope a way to count the trace's
 * steps, which the child calls after the clock stops (counting is the bench's work, not the run's).
 */
export interface TimedOutput {
  output: string;
  countSteps?: () => { steps: number; eventSteps: number };
}

/** Far above any bench program: the figure is how long a whole run takes, never where it stops. */
export const BENCH_STEP_LIMIT = 100_000_000;

export type PreparedRun = () => Promise<TimedOutput>;

/** A console whose first log ends the run. */
function printCatcher(): { log: (...args: unknown[]) => void; printed: Promise<string> } {
  let resolve!: (line: string) => void;
  const printed = new Promise<string>((r) => (resolve = r));
  return { log: (...args: unknown[]) => resolve(args.map(String).join(' ')), printed };
}

function prepareNative(source: string): PreparedRun {
  const console = printCatcher();
  // A fresh global per run: the program's top-level `let`s would collide in a shared one.
  const context = vm.createContext({ console: { log: console.log }, setTimeout, clearTimeout });
  return async () => {
    new vm.Script(source).runInContext(context);
    return { output: await console.printed };
  };
}

async function prepareLoopscope(source: string, bundle: string): Promise<PreparedRun> {
  const { run, stepCount, isEventStep } = await loadLoopscope(bundle);
  return async () => {
    const trace = run(source, { model: 'node', stepLimit: BENCH_STEP_LIMIT });
    if (trace.outcome.kind !== 'completed')
      throw new Error(`Loopscope: ${JSON.stringify(trace.outcome)}`);
    const countSteps = () => {
      const steps = stepCount(trace);
      let eventSteps = 0;
      for (let i = 0; i < steps; i++) if (isEventStep(trace, i)) eventSteps++;
      return { steps, eventSteps };
    };
    return { output: trace.console.map((line) => line.text).join('\n'), countSteps };
  };
}

function prepareSval(source: string): PreparedRun {
  return async () => {
    const console = printCatcher();
    // Sandbox mode: its own global scope; timers and promises are the host's.
    const interpreter = new Sval({ ecmaVer: 'latest', sourceType: 'script', sandBox: true });
    interpreter.import({ console: { log: console.log } });
    interpreter.run(source);
    return { output: await console.printed };
  };
}

/** Built-ins of the host that sval's sandbox might share with it, by the name a program uses. */
const HOST_BUILTINS: Record<string, unknown> = {
  'Array.prototype.sort': Array.prototype.sort,
  Promise,
  'Promise.prototype.then': Promise.prototype.then,
  setTimeout,
};

/**
 * Which of HOST_BUILTINS a program run by sval gets as the host's own function (asked of sval,
 * not assumed): where it does, sval's time is V8's native built-in plus its interpreted callbacks.
 */
export function svalSharedBuiltins(): string[] {
  const interpreter = new Sval({ ecmaVer: 'latest', sourceType: 'script', sandBox: true });
  const names = Object.keys(HOST_BUILTINS);
  interpreter.run(`exports.found = [${names.join(', ')}];`);
  const found = (interpreter.exports as { found: unknown[] }).found;
  return names.filter((name, i) => found[i] === HOST_BUILTINS[name]);
}

const require = createRequire(import.meta.url);

function prepareJSInterpreter(source: string): PreparedRun {
  const Interpreter = require('js-interpreter') as typeof JSInterpreter;
  return async () => {
    let output: string | null = null;
    const interpreter = new Interpreter(source, (it, globalObject) => {
      const console = it.nativeToPseudo({});
      it.setProperty(globalObject, 'console', console);
      it.setProperty(
        console,
        'log',
        it.createNativeFunction((...args: unknown[]) => {
          output = args.map(String).join(' ');
        }),
      );
    });
    while (interpreter.run()) await new Promise((resolve) => setTimeout(resolve, 0));
    if (output === null) throw new Error('JS-Interpreter: the program printed nothing');
    return { output };
  };
}

/** `loopscopeBundle`: where the bundled interpreter is (see lib/loopscope.ts). */
export async function prepare(
  engine: EngineName,
  source: string,
  loopscopeBundle: string,
): Promise<PreparedRun> {
  switch (engine) {
    case 'native':
      return prepareNative(source);
    case 'loopscope':
      return prepareLoopscope(source, loopscopeBundle);
    case 'sval':
      return prepareSval(source);
    case 'jsinterpreter':
      return prepareJSInterpreter(source);
  }
}
