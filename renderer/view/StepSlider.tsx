import { useApp } from './context';

/** A plain range slider over every step of the trace. */
export function StepSlider() {
  const step = useApp((s) => s.step);
  const total = useApp((s) => s.index?.stepCount ?? 0);
  const seek = useApp((s) => s.seek);
  return (
    <input
      className="step-slider"
      type="range"
      data-testid="step-slider"
      aria-label="Step"
      min={0}
      max={Math.max(0, total - 1)}
      value={step}
      disabled={total < 2}
      onChange={(e) => seek(Number(e.target.value))}
    />
  );
}
