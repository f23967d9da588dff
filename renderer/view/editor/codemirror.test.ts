import { EditorSelection, EditorState, type Transaction } from '@codemirror/state';
import { keymap, type EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { editorExtensions } from './codemirror';

/** An editor state with the program editor's extensions, and keys pressed on it (no DOM). */
function editor(doc: string, cursor = doc.length) {
  let state = EditorState.create({
    doc,
    selection: EditorSelection.cursor(cursor),
    extensions: editorExtensions({ onChange: () => {} }),
  });
  const dispatch = (tr: Transaction) => void (state = tr.state);
  return {
    get text() {
      return state.doc.toString();
    },
    type(text: string) {
      // Separate input events, as typing makes them (the history groups close ones).
      dispatch(state.update(state.replaceSelection(text), { userEvent: 'input.type' }));
    },
    /** Runs the first binding for `key` that handles it; false when none does. */
    press(key: string): boolean {
      const bindings = state.facet(keymap).flat();
      // These commands only use state and dispatch, as CodeMirror's StateCommands do.
      const target = { state, dispatch } as unknown as EditorView;
      // A binding may give its Shift variant as `shift` (indentWithTab: Tab / Shift-Tab).
      const shifted = key.startsWith('Shift-') ? key.slice('Shift-'.length) : null;
      return bindings.some(
        (b) =>
          (b.key === key && b.run?.(target) === true) ||
          (b.key === shifted && b.shift?.(target) === true),
      );
    },
  };
}

describe('the program editor keys', () => {
  it('undoes and redoes typing (Mod-z, Mod-y)', () => {
    const e = editor('let a = 1;\n');
    e.type('// one');
    expect(e.text).toBe('let a = 1;\n// one');
    expect(e.press('Mod-z')).toBe(true);
    expect(e.text).toBe('let a = 1;\n');
    expect(e.press('Mod-y')).toBe(true);
    expect(e.text).toBe('let a = 1;\n// one');
  });

  it('Enter keeps the indentation, one level more inside a block', () => {
    const e = editor('function f() {');
    e.press('Enter');
    expect(e.text).toBe('function f() {\n  ');
  });

  it('Tab indents the line and Shift-Tab takes it back', () => {
    const e = editor('x();', 0);
    expect(e.press('Tab')).toBe(true);
    expect(e.text).toBe('  x();');
    expect(e.press('Shift-Tab')).toBe(true);
    expect(e.text).toBe('x();');
  });

  it('leaves Mod-Enter to the menu (Run) instead of inserting a line', () => {
    const e = editor('x();');
    expect(e.press('Mod-Enter')).toBe(false);
    expect(e.text).toBe('x();');
  });
});
