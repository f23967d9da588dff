/** How loops read their body's completion record. */

import { type Completion, NORMAL } from './types';

/** https://tc39.es/ecma262/#sec-loopcontinues */
export function loopContinues(c: Completion, labels: string[] | null): boolean {
  if (c.type === 'normal') return true;
  if (c.type !== 'continue') return false;
  return c.target === null || (labels !== null && labels.includes(c.target));
}

/** The completion a loop ends with when its body broke out of it. */
export function afterBreak(c: Completion, labels: string[] | null): Completion {
  if (c.type === 'break' && (c.target === null || (labels !== null && labels.includes(c.target))))
    return NORMAL;
  return c;
}
