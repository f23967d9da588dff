/** Renders a Table as aligned plain text (stdout) or as Markdown (the README section). */
import type { Table } from '../suite';

function isLeft(table: Table, column: number): boolean {
  return (table.leftColumns ?? [0]).includes(column);
}

export function tableToText(table: Table): string {
  const widths = table.headings.map((h, c) =>
    Math.max(h.length, ...table.cells.map((row) => (row[c] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (isLeft(table, c) ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return [
    line(table.headings),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...table.cells.map(line),
  ].join('\n');
}

export function tableToMarkdown(table: Table): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const rule = table.headings.map((_, c) => (isLeft(table, c) ? ':--' : '--:'));
  return [table.headings, rule, ...table.cells]
    .map((row) => `| ${row.map(escape).join(' | ')} |`)
    .join('\n');
}
