import { Dialog } from './Dialog';
import { SHORTCUTS } from './shortcuts';

export function HelpOverlay() {
  return (
    <Dialog title="Keyboard shortcuts" testId="help-overlay">
      <table className="shortcuts">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.does}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 ? ' + ' : ''}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="dialog-note">
        An <b>event step</b> is a step that changes something on the stage (the call stack, a queue,
        a timer, a promise or the console); <b>fine steps</b> are every statement and call in
        between. On the timeline, marks show task starts (top), microtask checkpoints (middle),
        console lines (bottom) and errors (across).
      </p>
    </Dialog>
  );
}
