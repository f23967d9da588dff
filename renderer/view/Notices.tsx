import { useApp, useAppStoreApi } from './context';

/** Messages for the person (a file refused, a save failed) and the offer of recovered work. */
export function Notices() {
  const store = useAppStoreApi();
  const notice = useApp((s) => s.notice);
  const recovery = useApp((s) => s.recoveryOffer);
  if (!notice && !recovery) return null;
  return (
    <div className="notices">
      {recovery ? (
        <section className="notice recovery" aria-label="Unsaved work" data-testid="recovery">
          <span>
            Unsaved work{recovery.name ? ` in ${recovery.name}` : ''} from{' '}
            {recovery.savedAt.toLocaleString()} was kept.
          </span>
          <button type="button" className="primary" onClick={recovery.restore}>
            Restore
          </button>
          <button type="button" onClick={recovery.discard}>
            Discard
          </button>
        </section>
      ) : null}
      {notice ? (
        // key: a new message is announced again even when its text is the same.
        <div key={notice.id} className="notice" role="alert" data-testid="notice">
          <span>{notice.message}</span>
          <button
            type="button"
            aria-label="Dismiss"
            title="Dismiss"
            onClick={() => store.getState().dismissNotice()}
          >
            ×
          </button>
        </div>
      ) : null}
    </div>
  );
}
