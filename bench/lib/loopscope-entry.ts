/** What the bench bundles of the interpreter: its public API, plus the recorder for what-if experiments. */
export * from '../../interpreter/index';
export { Recorder, StepLimitReached } from '../../interpreter/trace/recorder';
