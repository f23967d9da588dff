import { SPEEDS } from '../store/playbackSlice';
import { useApp, useAppStoreApi } from './context';
import { Icon } from './icons';

/** Transport controls: jump, step by event or fine step, play/pause, speed, and where we are. */
export function Controls() {
  const hasTrace = useApp((s) => s.index !== null && s.index.stepCount > 0);
  const step = useApp((s) => s.step);
  const total = useApp((s) => s.index?.stepCount ?? 0);
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  // Actions never change, so they are read once rather than selected.
  const actions = useAppStoreApi().getState();
  const atStart = step <= 0;
  const atEnd = step >= total - 1;

  return (
    <div className="controls" role="toolbar" aria-label="Playback">
      <button
        type="button"
        className="icon-button"
        data-testid="jump-start"
        title="Jump to start (Home)"
        aria-label="Jump to start"
        disabled={!hasTrace || atStart}
        onClick={actions.jumpToStart}
      >
        <Icon name="start" />
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="step-back-event"
        title="Back one event step (←)"
        aria-label="Back one event step"
        disabled={!hasTrace || atStart}
        onClick={() => actions.stepBack(false)}
      >
        <Icon name="backEvent" />
      </button>
      <button
        type="button"
        className="icon-button small"
        data-testid="step-back-fine"
        title="Back one fine step (Shift+←)"
        aria-label="Back one fine step"
        disabled={!hasTrace || atStart}
        onClick={() => actions.stepBack(true)}
      >
        <Icon name="backFine" size={16} />
      </button>
      <button
        type="button"
        className="icon-button play"
        data-testid="play-pause"
        title={playing ? 'Pause (Space)' : 'Play (Space)'}
        aria-label={playing ? 'Pause' : 'Play'}
        aria-pressed={playing}
        disabled={!hasTrace || total < 2}
        onClick={actions.togglePlay}
      >
        <Icon name={playing ? 'pause' : 'play'} size={20} />
      </button>
      <button
        type="button"
        className="icon-button small"
        data-testid="step-forward-fine"
        title="Forward one fine step (Shift+→)"
        aria-label="Forward one fine step"
        disabled={!hasTrace || atEnd}
        onClick={() => actions.stepForward(true)}
      >
        <Icon name="forwardFine" size={16} />
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="step-forward-event"
        title="Forward one event step (→)"
        aria-label="Forward one event step"
        disabled={!hasTrace || atEnd}
        onClick={() => actions.stepForward(false)}
      >
        <Icon name="forwardEvent" />
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="jump-end"
        title="Jump to end (End)"
        aria-label="Jump to end"
        disabled={!hasTrace || atEnd}
        onClick={actions.jumpToEnd}
      >
        <Icon name="end" />
      </button>
      <label className="speed">
        <span>Speed</span>
        <select
          data-testid="speed"
          value={speed}
          onChange={(e) => {
            // Give the keyboard back to the shortcuts (a focused select would take the arrows).
            e.currentTarget.blur();
            actions.setSpeed(Number(e.target.value));
          }}
          aria-label="Playback speed"
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <span className="legend" aria-hidden="true">
        <span>
          <i style={{ background: 'var(--marker-task)' }} />
          task
        </span>
        <span>
          <i style={{ background: 'var(--marker-microtask)' }} />
          microtasks
        </span>
        <span>
          <i style={{ background: 'var(--marker-console)' }} />
          console
        </span>
        <span>
          <i style={{ background: 'var(--marker-error)' }} />
          error
        </span>
      </span>
      <span className="step-counter" data-testid="step-counter" aria-live="polite">
        {hasTrace ? (
          <>
            Step <b data-testid="step-current">{step + 1}</b> of{' '}
            <b data-testid="step-total">{total}</b>
          </>
        ) : (
          'No run yet'
        )}
      </span>
    </div>
  );
}
