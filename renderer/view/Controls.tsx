import { SPEEDS } from '../store/playbackSlice';
import { STEP_LIMITS } from '../store/traceSlice';
import { useApp, useAppStoreApi } from './context';
import { Icon, type IconName } from './icons';

/** Transport controls: jump, step by event or fine step, play/pause, speed, and where we are. */
export function Controls() {
  const hasTrace = useApp((s) => s.index !== null && s.index.stepCount > 0);
  const total = useApp((s) => s.index?.stepCount ?? 0);
  // Whether the step is at an end, not the step itself: a timeline drag changes the step every
  // frame, and only the step counter needs to render for that.
  const atStart = useApp((s) => s.step <= 0);
  const atEnd = useApp((s) => s.step >= (s.index?.stepCount ?? 0) - 1);
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  const stepLimit = useApp((s) => s.stepLimit);
  // A limit from a session file that the list does not have is offered too.
  const stepLimits = STEP_LIMITS.includes(stepLimit as (typeof STEP_LIMITS)[number])
    ? STEP_LIMITS
    : [...STEP_LIMITS, stepLimit].sort((x, y) => x - y);
  // Actions never change, so they are read once rather than selected.
  const actions = useAppStoreApi().getState();

  return (
    <div className="controls" role="toolbar" aria-label="Playback">
      <TransportButton
        testId="jump-start"
        label="Jump to start"
        keys="Home"
        icon="start"
        disabled={!hasTrace || atStart}
        onClick={actions.jumpToStart}
      />
      <TransportButton
        testId="step-back-event"
        label="Back one event step"
        keys="←"
        icon="backEvent"
        disabled={!hasTrace || atStart}
        onClick={() => actions.stepBack(false)}
      />
      <TransportButton
        testId="step-back-fine"
        label="Back one fine step"
        keys="Shift+←"
        icon="backFine"
        small
        disabled={!hasTrace || atStart}
        onClick={() => actions.stepBack(true)}
      />
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
      <TransportButton
        testId="step-forward-fine"
        label="Forward one fine step"
        keys="Shift+→"
        icon="forwardFine"
        small
        disabled={!hasTrace || atEnd}
        onClick={() => actions.stepForward(true)}
      />
      <TransportButton
        testId="step-forward-event"
        label="Forward one event step"
        keys="→"
        icon="forwardEvent"
        disabled={!hasTrace || atEnd}
        onClick={() => actions.stepForward(false)}
      />
      <TransportButton
        testId="jump-end"
        label="Jump to end"
        keys="End"
        icon="end"
        disabled={!hasTrace || atEnd}
        onClick={actions.jumpToEnd}
      />
      <NumberChoice
        label="Speed"
        ariaLabel="Playback speed"
        testId="speed"
        value={speed}
        choices={SPEEDS}
        show={(s) => `${s}×`}
        onChoose={actions.setSpeed}
      />
      <NumberChoice
        label="Step limit"
        title="A run stops after this many fine steps (a program that never ends)"
        ariaLabel="Step limit"
        testId="step-limit"
        value={stepLimit}
        choices={stepLimits}
        show={(limit) => limit.toLocaleString('en-US')}
        onChoose={actions.setStepLimit}
      />
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
      <SelectionBar />
      <span className="step-counter" data-testid="step-counter" aria-live="polite">
        {hasTrace ? (
          <>
            Step <CurrentStep /> of <b data-testid="step-total">{total}</b>
          </>
        ) : (
          'No run yet'
        )}
      </span>
    </div>
  );
}

/**
 * A labelled choice among numbers (the speed, the step limit). Choosing one gives the keyboard
 * back to the shortcuts: a focused select would take the arrow keys.
 */
function NumberChoice(props: {
  label: string;
  title?: string;
  ariaLabel: string;
  testId: string;
  value: number;
  choices: readonly number[];
  show: (choice: number) => string;
  onChoose: (choice: number) => void;
}) {
  return (
    <label className="speed" title={props.title}>
      <span>{props.label}</span>
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => {
          e.currentTarget.blur();
          props.onChoose(Number(e.target.value));
        }}
        aria-label={props.ariaLabel}
      >
        {props.choices.map((choice) => (
          <option key={choice} value={choice}>
            {props.show(choice)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The current step's number: the one part of the controls that follows every step. */
function CurrentStep() {
  const step = useApp((s) => s.step);
  return <b data-testid="step-current">{step + 1}</b>;
}

/**
 * The timeline's selection (Shift+drag, I and O), named in steps with a way to clear it; it sits
 * beside the step counter rather than over it.
 */
function SelectionBar() {
  const selection = useApp((s) => (s.index ? s.timelineSelection : null));
  const store = useAppStoreApi();
  if (!selection) return null;
  return (
    <span className="timeline-selection-bar" data-testid="timeline-selection-bar">
      <span data-testid="timeline-selection-label">
        Selected: steps {selection.from + 1}–{selection.to + 1} (the export range)
      </span>
      <button
        type="button"
        data-testid="timeline-selection-clear"
        title="Clear the selection (Esc)"
        onClick={() => store.getState().setTimelineSelection(null)}
      >
        Clear
      </button>
    </span>
  );
}

/** A transport button: an icon, its name for assistive technology, its key in the tooltip. */
function TransportButton(props: {
  testId: string;
  label: string;
  keys: string;
  icon: IconName;
  small?: boolean;
  disabled: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className={props.small ? 'icon-button small' : 'icon-button'}
      data-testid={props.testId}
      title={`${props.label} (${props.keys})`}
      aria-label={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <Icon name={props.icon} size={props.small ? 16 : undefined} />
    </button>
  );
}
