import { useEffect, useRef } from 'react';
import { Stage } from '../stage/Stage';
import { useApp, useAppStoreApi } from './context';
import { RunStatus } from './RunStatus';

const reducedMotionQuery =
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

export function StagePane() {
  const store = useAppStoreApi();
  const host = useRef<HTMLDivElement>(null);
  const model = useApp((s) => s.model);

  useEffect(() => {
    const stage = new Stage(host.current!, store, {
      reducedMotion: () => reducedMotionQuery?.matches ?? false,
    });
    return () => stage.destroy();
  }, [store]);

  return (
    <section className="stage-pane" aria-label={`Event loop stage (${model} model)`}>
      <RunStatus />
      <div className="stage-host" ref={host} />
    </section>
  );
}
