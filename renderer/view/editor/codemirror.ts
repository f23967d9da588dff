/**
 * CodeMirror 6 pieces for the program editor: the current step's source range, inline marks for
 * syntax errors and unsupported constructs, and the standard keys (@codemirror/commands).
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { openSearchPanel, search, searchKeymap } from '@codemirror/search';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { EditorState, StateEffect, StateField, type Extension, type Text } from '@codemirror/state';
import {
  Decoration,
  type DecorationSet,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  WidgetType,
} from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

// ---- the current step ----------------------------------------------------------------------

export interface StepRange {
  from: number;
  to: number;
}

export const setStepRange = StateEffect.define<StepRange | null>();

const stepMark = Decoration.mark({
  class: 'cm-step',
  attributes: { 'data-testid': 'editor-step' },
});
const stepMarkMultiline = Decoration.mark({
  class: 'cm-step cm-step-multi',
  attributes: { 'data-testid': 'editor-step' },
});
const stepLine = Decoration.line({ class: 'cm-step-line' });

const stepField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = decorations.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setStepRange)) continue;
      const range = effect.value;
      // No range (or an empty one: host work with no code of its own) highlights nothing.
      if (!range || range.to <= range.from) {
        next = Decoration.none;
        continue;
      }
      const doc = tr.state.doc;
      const from = Math.max(0, Math.min(range.from, doc.length));
      const to = Math.max(from, Math.min(range.to, doc.length));
      const line = doc.lineAt(from);
      const marks = [stepLine.range(line.from)];
      if (to > from) marks.push((to > line.to ? stepMarkMultiline : stepMark).range(from, to));
      next = Decoration.set(marks, true);
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

// ---- diagnostics ---------------------------------------------------------------------------

export interface EditorDiagnostic {
  from: number;
  to: number;
  /** What is wrong, as shown after the line: `SyntaxError: Unexpected token`. */
  message: string;
  kind: 'syntax-error' | 'unsupported';
}

export const setDiagnostics = StateEffect.define<EditorDiagnostic[]>();

class DiagnosticWidget extends WidgetType {
  constructor(readonly diagnostic: EditorDiagnostic) {
    super();
  }
  eq(other: DiagnosticWidget): boolean {
    return (
      other.diagnostic.message === this.diagnostic.message &&
      other.diagnostic.kind === this.diagnostic.kind
    );
  }
  toDOM(): HTMLElement {
    const el = document.createElement('span');
    el.className = `cm-diagnostic cm-diagnostic-${this.diagnostic.kind}`;
    el.setAttribute('data-testid', 'editor-diagnostic');
    el.setAttribute('role', 'alert');
    el.textContent = this.diagnostic.message;
    return el;
  }
}

function diagnosticDecorations(doc: Text, list: EditorDiagnostic[]): DecorationSet {
  const ranges = [];
  for (const d of list) {
    const from = Math.max(0, Math.min(d.from, doc.length));
    let to = Math.max(from, Math.min(d.to, doc.length));
    // An error at the end of a line (or of the file) still gets a visible mark.
    if (to === from && from < doc.length) to = from + 1;
    if (to > from)
      ranges.push(Decoration.mark({ class: `cm-error-mark cm-error-${d.kind}` }).range(from, to));
    const line = doc.lineAt(from);
    ranges.push(Decoration.widget({ widget: new DiagnosticWidget(d), side: 1 }).range(line.to));
  }
  return Decoration.set(ranges, true);
}

const diagnosticField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(decorations, tr) {
    let next = decorations.map(tr.changes);
    for (const effect of tr.effects)
      if (effect.is(setDiagnostics)) next = diagnosticDecorations(tr.state.doc, effect.value);
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export interface EditorExtensionsOptions {
  onChange(source: string): void;
}

export function editorExtensions(options: EditorExtensionsOptions): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    drawSelection(),
    highlightActiveLine(),
    indentOnInput(),
    bracketMatching(),
    javascript(),
    syntaxHighlighting(classHighlighter),
    EditorState.tabSize.of(2),
    // Long lines wrap: on a projector no code may hide past the right edge.
    EditorView.lineWrapping,
    history(),
    search({ top: true }),
    // Tab indents (Escape, then Tab, moves focus on: CodeMirror's way out of the editor).
    // Ctrl/Cmd+Enter is the menu's Run (the platform handles it), not "insert blank line".
    keymap.of([
      ...defaultKeymap.filter((binding) => binding.key !== 'Mod-Enter'),
      ...historyKeymap,
      ...searchKeymap,
      indentWithTab,
    ]),
    stepField,
    diagnosticField,
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
    EditorView.contentAttributes.of({
      'aria-label': 'Program source',
      'data-testid': 'editor-content',
    }),
  ];
}

/** Opens the find panel of the editor on the page (the menu's Edit > Find). */
export function openFind(): boolean {
  const dom = document.querySelector<HTMLElement>('.cm-editor');
  const view = dom ? EditorView.findFromDOM(dom) : null;
  return view ? openSearchPanel(view) : false;
}
