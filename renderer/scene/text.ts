/**
 * Text measuring without a DOM. The layout is a pure function (it runs in tests and in exporters),
 * so widths are estimated from character counts with a deliberately generous average advance;
 * labels are shortened with an ellipsis rather than allowed to spill out of their boxes.
 */

/** Average advance of a character as a share of the font size (wide enough for bold UI faces). */
const ADVANCE = { sans: 0.6, mono: 0.62 } as const;

export function textWidth(text: string, size: number, font: 'sans' | 'mono' = 'sans'): number {
  return text.length * size * ADVANCE[font];
}

/** The longest prefix of `text` (plus an ellipsis) that fits `maxWidth`. */
export function fitText(
  text: string,
  maxWidth: number,
  size: number,
  font: 'sans' | 'mono' = 'sans',
): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  if (textWidth(flat, size, font) <= maxWidth) return flat;
  const chars = Math.floor(maxWidth / (size * ADVANCE[font])) - 1;
  if (chars <= 0) return '';
  return `${flat.slice(0, chars).trimEnd()}…`;
}
