/**
 * The host: what ECMA-262 leaves to the embedder. One interface, two event-loop models
 * (browser, node), both on a virtual clock; the language core only calls enqueueJob and
 * promiseRejectionTracker (https://tc39.es/ecma262/#sec-hostenqueuepromisejob).
 */
import type { Agent } from '../agent';
import type { Job, PromiseObject } from '../realm/promise';
import type { Model } from '../trace/types';

export interface Host {
  readonly model: Model;
  /** Defines the host's globals (timers, queueMicrotask, process, …) in the program's realm. */
  install(a: Agent): void;
  /** HostEnqueuePromiseJob. */
  enqueueJob(job: Job): void;
  /** https://tc39.es/ecma262/#sec-host-promise-rejection-tracker */
  promiseRejectionTracker(promise: PromiseObject, operation: 'reject' | 'handle'): void;
  /** Runs the script (a callback that evaluates the program), then the event loop to its end. */
  run(script: () => void): void;
}

/** An uncaught error that ends the run (the node model's crash). */
export class ProcessExit {
  constructor(readonly message: string) {}
}
