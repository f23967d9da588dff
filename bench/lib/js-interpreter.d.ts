/** The slice of JS-Interpreter's API the bench uses (the package ships no types). */
declare module 'js-interpreter' {
  type PseudoObject = object;
  class Interpreter {
    constructor(
      code: string,
      initFunc?: (interpreter: Interpreter, globalObject: PseudoObject) => void,
    );
    /** Steps until done; true while timers are still queued. */
    run(): boolean;
    step(): boolean;
    nativeToPseudo(value: unknown): PseudoObject;
    setProperty(object: PseudoObject, name: string, value: unknown): void;
    createNativeFunction(f: (...args: unknown[]) => unknown): PseudoObject;
  }
  export = Interpreter;
}
