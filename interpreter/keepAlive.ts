/**
 * One object of each kind a run makes, kept alive until the next object of that kind replaces it,
 * so that the hidden classes of the interpreter's objects outlive the run that made them.
 *
 * V8 compiles the interpreter's hot functions against the hidden classes ("maps") of the objects
 * they meet: AST nodes, scopes and bindings, frames, promises and their jobs, a sort's state. A
 * hidden class lives only as long as some object has it, and V8 throws away every optimized
 * function compiled against one that dies ("weak objects" in --trace-deopt). A full garbage
 * collection between two runs, when all of the first run's objects are garbage, killed them all:
 * the next run made the classes anew and ran unoptimized until V8 had compiled the interpreter
 * again. In a process that runs program after program (the tests, the bench, the app's worker,
 * which runs every Run after a successful one) that made runs 2 to 4 times slower
 * (bench/NOTES.md, session 9).
 *
 * What is kept reaches the run's realm and agent, not its trace: run() gives the agent an empty
 * recorder once the trace is finished.
 */
const specimens = new Map<unknown, object>();

/** Keeps `specimen` alive as the one object of `kind` (its class, mostly) until another replaces it. */
export function keepAlive(kind: unknown, specimen: object): void {
  specimens.set(kind, specimen);
}
