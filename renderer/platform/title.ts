/** The window title: the document's name, a dirty mark, and the app's name. */
export function documentTitle(name: string | null, dirty: boolean): string {
  return `${dirty ? '• ' : ''}${name ?? 'Untitled'} — Loopscope`;
}
