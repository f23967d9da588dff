import { useApp } from './context';

/** One calm line about the run: running, stopped at the step limit, an error, stale code. */
export function RunStatus() {
  const runStatus = useApp((s) => s.runStatus);
  const runError = useApp((s) => s.runError);
  const outcome = useApp((s) => s.trace?.outcome);
  const notices = useApp((s) => s.trace?.notices);
  const stale = useApp((s) => s.trace !== null && s.trace.source !== s.source);
  const model = useApp((s) => s.trace?.model);
  // A refused program has its starting step only.
  const ran = useApp((s) => (s.index?.stepCount ?? 0) > 1);
  const cancelRun = useApp((s) => s.cancelRun);

  let message: string | null = null;
  let tone: 'info' | 'warn' | 'error' = 'info';
  if (runStatus === 'running') {
    message = 'Running the program…';
  } else if (runStatus === 'failed') {
    tone = 'error';
    message = `The interpreter failed on this program: ${runError ?? 'unknown error'}. Your code is untouched.`;
  } else if (stale) {
    message = 'The code has changed since this run. Press Run (Ctrl+Enter) to see the new program.';
  } else if (outcome?.kind === 'step-limit') {
    tone = 'warn';
    message = `Stopped after ${outcome.limit.toLocaleString('en-US')} steps: this program does not finish by itself. Everything up to that point is shown (the step limit is under the stage).`;
  } else if (outcome?.kind === 'uncaught') {
    tone = 'warn';
    message =
      model === 'node'
        ? 'The program ended with an uncaught error, as Node ends it.'
        : 'An uncaught error was reported.';
  } else if (outcome?.kind === 'syntax-error') {
    tone = 'error';
    message = `SyntaxError: ${outcome.diagnostic.message} at line ${outcome.diagnostic.line}, column ${outcome.diagnostic.column}. Nothing ran.`;
  } else if (outcome?.kind === 'unsupported') {
    tone = 'error';
    const where = `${outcome.feature} at line ${outcome.diagnostic.line}:${outcome.diagnostic.column}`;
    // A construct is refused before the run; a limit met while running (data nested thousands
    // deep) stops the run there.
    message = ran
      ? `The run stopped: not supported yet: ${where}. Everything up to that point is shown.`
      : `Not supported yet: ${where}. Nothing ran, so nothing false is shown.`;
  }

  const lines = [
    ...(message ? [{ text: message, tone }] : []),
    ...(stale || runStatus !== 'ready'
      ? []
      : (notices ?? []).map((text) => ({ text, tone: 'info' as const }))),
  ];
  if (lines.length === 0) return null;
  return (
    <div className="run-status" data-testid="run-status" role="status">
      {lines.map((line, i) => (
        <p key={i} className={`run-status-line tone-${line.tone}`}>
          {line.text}
          {runStatus === 'running' && i === 0 ? (
            <button
              type="button"
              className="link-button"
              data-testid="cancel-run"
              onClick={cancelRun}
            >
              Cancel
            </button>
          ) : null}
        </p>
      ))}
    </div>
  );
}
