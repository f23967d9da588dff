/**
 * V8's Array.prototype.sort: TimSort as in V8's third_party/v8/builtins/array-sort.tq (itself a
 * port of CPython's listobject.c). A program can watch the comparator being called, so the order
 * of comparisons, and which element is passed first, follow V8 exactly: binary insertion sort
 * for runs shorter than the minimum run length, natural runs (strictly descending ones reversed),
 * the pending-runs stack invariants, and merges that gallop once one run wins 7 times in a row.
 *
 * The sort works on a copy (V8's "work array"), so a comparator that changes the array does not
 * change what is being sorted. Undefined values and holes are taken out before (see array.ts).
 */
import { keepAlive } from '../../keepAlive';

/**
 * What the sort compares with: `compare` answers as SortCompare does, negative, zero or positive
 * (NaN already made 0). An object rather than a closure, so that each sort's comparison has the
 * same class and method, and V8's code for the sort stays valid from one sort to the next.
 */
export interface Comparison<T> {
  compare(x: T, y: T): number;
}

/** V8's kMinGallopWins: wins in a row before a merge starts galloping. */
const MIN_GALLOP_WINS = 7;

interface Run {
  base: number;
  length: number;
}

/** Sorts `items` in place, calling `comparison.compare` in V8's order. */
export function timSort<T>(items: T[], comparison: Comparison<T>): void {
  new TimSort(items, comparison).sort();
}

class TimSort<T> {
  private minGallop = MIN_GALLOP_WINS;
  private readonly pendingRuns: Run[] = [];

  // The cursors of the merge under way, kept here between its two phases (one element at a
  // time, galloping), which are methods of their own. Why: as one method, a merge was compiled
  // before its first gallop in most sorts, and that gallop's call, never seen, threw the compiled
  // code away (mergeLow was compiled twice, ~12 ms each, in every cold run of 20,000 numbers);
  // apart, the hot one-at-a-time loop is also a smaller graph to compile.
  private dest = 0;
  private cursorTemp = 0;
  /** In the run that is not copied aside: b's cursor in mergeLow, a's in mergeHigh. */
  private cursorWork = 0;
  private lengthA = 0;
  private lengthB = 0;

  constructor(
    private readonly work: T[],
    private readonly comparison: Comparison<T>,
  ) {
    keepAlive(TimSort, this);
  }

  /** ArrayTimSortImpl */
  sort(): void {
    const length = this.work.length;
    if (length < 2) return;
    let remaining = length;
    let low = 0;
    const minRunLength = computeMinRunLength(remaining);
    while (remaining !== 0) {
      let currentRunLength = this.countAndMakeRun(low, low + remaining);
      // A short run is extended to min(minRunLength, remaining).
      if (currentRunLength < minRunLength) {
        const forcedRunLength = Math.min(minRunLength, remaining);
        this.binaryInsertionSort(low, low + currentRunLength, low + forcedRunLength);
        currentRunLength = forcedRunLength;
      }
      this.pendingRuns.push({ base: low, length: currentRunLength });
      this.mergeCollapse();
      low += currentRunLength;
      remaining -= currentRunLength;
    }
    this.mergeForceCollapse();
  }

  /**
   * Sorts [low, high) given that [low, start) is sorted: each next element (the pivot) is placed
   * by binary search, after any elements equal to it (which keeps the sort stable).
   */
  private binaryInsertionSort(low: number, startArg: number, high: number): void {
    const work = this.work;
    for (let start = low === startArg ? startArg + 1 : startArg; start < high; start++) {
      let left = low;
      let right = start;
      const pivot = work[right];
      while (left < right) {
        const mid = left + ((right - left) >> 1);
        if (this.comparison.compare(pivot, work[mid]) < 0) right = mid;
        else left = mid + 1;
      }
      for (let p = start; p > left; p--) work[p] = work[p - 1];
      work[left] = pivot;
    }
  }

  /**
   * The length of the run that starts at `lowArg` (at most up to `high`): non-descending, or
   * strictly descending, in which case it is reversed in place. Each element is compared with
   * the one before it, the later element first.
   */
  private countAndMakeRun(lowArg: number, high: number): number {
    const low = lowArg + 1;
    if (low === high) return 1;
    const work = this.work;
    let runLength = 2;
    const isDescending = this.comparison.compare(work[low], work[low - 1]) < 0;
    let previous = work[low];
    for (let idx = low + 1; idx < high; idx++) {
      const current = work[idx];
      const order = this.comparison.compare(current, previous);
      if (isDescending ? order >= 0 : order < 0) break;
      previous = current;
      runLength++;
    }
    if (isDescending) reverseRange(work, lowArg, lowArg + runLength);
    return runLength;
  }

  /** True iff run_length(n - 2) > run_length(n - 1) + run_length(n). */
  private runInvariantEstablished(n: number): boolean {
    if (n < 2) return true;
    const runs = this.pendingRuns;
    return runs[n - 2].length > runs[n - 1].length + runs[n].length;
  }

  /**
   * Merges adjacent pending runs until the stack invariants hold again:
   * run_length(i - 3) > run_length(i - 2) + run_length(i - 1) and
   * run_length(i - 2) > run_length(i - 1).
   */
  private mergeCollapse(): void {
    const runs = this.pendingRuns;
    while (runs.length > 1) {
      let n = runs.length - 2;
      if (!this.runInvariantEstablished(n + 1) || !this.runInvariantEstablished(n)) {
        if (runs[n - 1].length < runs[n + 1].length) n--;
        this.mergeAt(n);
      } else if (runs[n].length <= runs[n + 1].length) {
        this.mergeAt(n);
      } else {
        break;
      }
    }
  }

  /** Merges every pending run, at the end. */
  private mergeForceCollapse(): void {
    const runs = this.pendingRuns;
    while (runs.length > 1) {
      let n = runs.length - 2;
      if (n > 0 && runs[n - 1].length < runs[n + 1].length) n--;
      this.mergeAt(n);
    }
  }

  /** Merges pending runs i and i + 1. */
  private mergeAt(i: number): void {
    const work = this.work;
    const runs = this.pendingRuns;
    let baseA = runs[i].base;
    let lengthA = runs[i].length;
    const baseB = runs[i + 1].base;
    let lengthB = runs[i + 1].length;
    runs[i] = { base: baseA, length: lengthA + lengthB };
    runs.splice(i + 1, 1);

    // Where does b start in a? Elements of a before that are already in place.
    const k = this.gallopRight(work, work[baseB], baseA, lengthA, 0);
    baseA += k;
    lengthA -= k;
    if (lengthA === 0) return;

    // Where does a end in b? Elements of b after that are already in place.
    lengthB = this.gallopLeft(work, work[baseA + lengthA - 1], baseB, lengthB, lengthB - 1);
    if (lengthB === 0) return;

    if (lengthA <= lengthB) this.mergeLow(baseA, lengthA, baseB, lengthB);
    else this.mergeHigh(baseA, lengthA, baseB, lengthB);
  }

  /**
   * Where `key` belongs in the sorted `array[base, base + length)`, left of any equal elements.
   * Gallops from `hint` (1, 3, 7, 15... away), then binary-searches; calls compare(element, key).
   */
  private gallopLeft(array: T[], key: T, base: number, length: number, hint: number): number {
    let lastOfs = 0;
    let offset = 1;
    if (this.comparison.compare(array[base + hint], key) < 0) {
      // a[hint] < key: gallop right until a[hint + lastOfs] < key <= a[hint + offset].
      const maxOfs = length - hint;
      while (offset < maxOfs) {
        if (this.comparison.compare(array[base + hint + offset], key) >= 0) break;
        lastOfs = offset;
        offset = (offset << 1) + 1;
        if (offset <= 0) offset = maxOfs;
      }
      if (offset > maxOfs) offset = maxOfs;
      lastOfs += hint;
      offset += hint;
    } else {
      // key <= a[hint]: gallop left until a[hint - offset] < key <= a[hint - lastOfs].
      const maxOfs = hint + 1;
      while (offset < maxOfs) {
        if (this.comparison.compare(array[base + hint - offset], key) < 0) break;
        lastOfs = offset;
        offset = (offset << 1) + 1;
        if (offset <= 0) offset = maxOfs;
      }
      if (offset > maxOfs) offset = maxOfs;
      const tmp = lastOfs;
      lastOfs = hint - offset;
      offset = hint - tmp;
    }
    // Now a[lastOfs] < key <= a[offset]: binary search in between.
    lastOfs++;
    while (lastOfs < offset) {
      const m = lastOfs + ((offset - lastOfs) >> 1);
      if (this.comparison.compare(array[base + m], key) < 0) lastOfs = m + 1;
      else offset = m;
    }
    return offset;
  }

  /**
   * Where `key` belongs in the sorted `array[base, base + length)`, right of any equal elements.
   * Gallops from `hint`, then binary-searches; calls compare(key, element).
   */
  private gallopRight(array: T[], key: T, base: number, length: number, hint: number): number {
    let lastOfs = 0;
    let offset = 1;
    if (this.comparison.compare(key, array[base + hint]) < 0) {
      // key < a[hint]: gallop left until a[hint - offset] <= key < a[hint - lastOfs].
      const maxOfs = hint + 1;
      while (offset < maxOfs) {
        if (this.comparison.compare(key, array[base + hint - offset]) >= 0) break;
        lastOfs = offset;
        offset = (offset << 1) + 1;
        if (offset <= 0) offset = maxOfs;
      }
      if (offset > maxOfs) offset = maxOfs;
      const tmp = lastOfs;
      lastOfs = hint - offset;
      offset = hint - tmp;
    } else {
      // a[hint] <= key: gallop right until a[hint + lastOfs] <= key < a[hint + offset].
      const maxOfs = length - hint;
      while (offset < maxOfs) {
        if (this.comparison.compare(key, array[base + hint + offset]) < 0) break;
        lastOfs = offset;
        offset = (offset << 1) + 1;
        if (offset <= 0) offset = maxOfs;
      }
      if (offset > maxOfs) offset = maxOfs;
      lastOfs += hint;
      offset += hint;
    }
    // Now a[lastOfs] <= key < a[offset]: binary search in between.
    lastOfs++;
    while (lastOfs < offset) {
      const m = lastOfs + ((offset - lastOfs) >> 1);
      if (this.comparison.compare(key, array[base + m]) < 0) offset = m;
      else lastOfs = m + 1;
    }
    return offset;
  }

  /**
   * Merges the adjacent runs a = [baseA, baseA + lengthA) and b (right after it) left to right,
   * with a copied aside; lengthA <= lengthB, a[0] > b[0] and a's last element > b's last.
   */
  private mergeLow(baseA: number, lengthA: number, baseB: number, lengthB: number): void {
    const work = this.work;
    const temp = work.slice(baseA, baseA + lengthA);
    work[baseA] = work[baseB];
    if (lengthB === 1) {
      lowRestOfA(work, baseA + 1, temp, 0, lengthA);
      return;
    }
    if (lengthA === 1) {
      lowRestOfB(work, baseA + 1, baseB + 1, lengthB - 1, temp, 0);
      return;
    }
    this.dest = baseA + 1;
    this.cursorTemp = 0;
    this.cursorWork = baseB + 1;
    this.lengthA = lengthA;
    this.lengthB = lengthB - 1;
    for (;;) {
      if (this.lowOneAtATime(temp)) return;
      if (this.lowGalloping(temp)) return;
    }
  }

  /**
   * mergeLow one element at a time, until one run seems to win consistently (minGallop times in
   * a row); true when the merge is done.
   */
  private lowOneAtATime(temp: T[]): boolean {
    const work = this.work;
    const minGallop = this.minGallop;
    let dest = this.dest;
    let cursorTemp = this.cursorTemp;
    let cursorB = this.cursorWork;
    let lengthA = this.lengthA;
    let lengthB = this.lengthB;
    let winsA = 0;
    let winsB = 0;
    for (;;) {
      if (this.comparison.compare(work[cursorB], temp[cursorTemp]) < 0) {
        work[dest++] = work[cursorB++];
        winsB++;
        lengthB--;
        winsA = 0;
        if (lengthB === 0) return lowRestOfA(work, dest, temp, cursorTemp, lengthA);
        if (winsB >= minGallop) break;
      } else {
        work[dest++] = temp[cursorTemp++];
        winsA++;
        lengthA--;
        winsB = 0;
        if (lengthA === 1) return lowRestOfB(work, dest, cursorB, lengthB, temp, cursorTemp);
        if (winsA >= minGallop) break;
      }
    }
    this.dest = dest;
    this.cursorTemp = cursorTemp;
    this.cursorWork = cursorB;
    this.lengthA = lengthA;
    this.lengthB = lengthB;
    return false;
  }

  /**
   * mergeLow galloping, while either run keeps winning by MIN_GALLOP_WINS or more; true when the
   * merge is done.
   */
  private lowGalloping(temp: T[]): boolean {
    const work = this.work;
    let dest = this.dest;
    let cursorTemp = this.cursorTemp;
    let cursorB = this.cursorWork;
    let lengthA = this.lengthA;
    let lengthB = this.lengthB;
    let minGallop = this.minGallop + 1;
    let winsA: number;
    let winsB: number;
    do {
      minGallop = Math.max(1, minGallop - 1);
      this.minGallop = minGallop;

      winsA = this.gallopRight(temp, work[cursorB], cursorTemp, lengthA, 0);
      if (winsA > 0) {
        copyWithin(temp, cursorTemp, work, dest, winsA);
        dest += winsA;
        cursorTemp += winsA;
        lengthA -= winsA;
        if (lengthA === 1) return lowRestOfB(work, dest, cursorB, lengthB, temp, cursorTemp);
        // Impossible for a consistent comparator, but it may not be.
        if (lengthA === 0) return lowRestOfA(work, dest, temp, cursorTemp, lengthA);
      }
      work[dest++] = work[cursorB++];
      if (--lengthB === 0) return lowRestOfA(work, dest, temp, cursorTemp, lengthA);

      winsB = this.gallopLeft(work, temp[cursorTemp], cursorB, lengthB, 0);
      if (winsB > 0) {
        copyWithin(work, cursorB, work, dest, winsB);
        dest += winsB;
        cursorB += winsB;
        lengthB -= winsB;
        if (lengthB === 0) return lowRestOfA(work, dest, temp, cursorTemp, lengthA);
      }
      work[dest++] = temp[cursorTemp++];
      if (--lengthA === 1) return lowRestOfB(work, dest, cursorB, lengthB, temp, cursorTemp);
    } while (winsA >= MIN_GALLOP_WINS || winsB >= MIN_GALLOP_WINS);
    // Leaving galloping mode costs a higher threshold next time.
    this.minGallop = minGallop + 1;
    this.dest = dest;
    this.cursorTemp = cursorTemp;
    this.cursorWork = cursorB;
    this.lengthA = lengthA;
    this.lengthB = lengthB;
    return false;
  }

  /** As mergeLow, right to left, with b copied aside; lengthA > lengthB. */
  private mergeHigh(baseA: number, lengthA: number, baseB: number, lengthB: number): void {
    const work = this.work;
    const temp = work.slice(baseB, baseB + lengthB);
    const dest = baseB + lengthB - 1;
    const cursorA = baseA + lengthA - 1;
    work[dest] = work[cursorA];
    if (lengthA === 1) {
      highRestOfB(work, dest - 1, temp, lengthB);
      return;
    }
    if (lengthB === 1) {
      highRestOfA(work, dest - 1, cursorA - 1, lengthA - 1, temp, lengthB - 1);
      return;
    }
    this.dest = dest - 1;
    this.cursorTemp = lengthB - 1;
    this.cursorWork = cursorA - 1;
    this.lengthA = lengthA - 1;
    this.lengthB = lengthB;
    for (;;) {
      if (this.highOneAtATime(temp)) return;
      if (this.highGalloping(temp, baseA)) return;
    }
  }

  /** mergeHigh one element at a time (see lowOneAtATime); true when the merge is done. */
  private highOneAtATime(temp: T[]): boolean {
    const work = this.work;
    const minGallop = this.minGallop;
    let dest = this.dest;
    let cursorTemp = this.cursorTemp;
    let cursorA = this.cursorWork;
    let lengthA = this.lengthA;
    let lengthB = this.lengthB;
    let winsA = 0;
    let winsB = 0;
    for (;;) {
      if (this.comparison.compare(temp[cursorTemp], work[cursorA]) < 0) {
        work[dest--] = work[cursorA--];
        winsA++;
        lengthA--;
        winsB = 0;
        if (lengthA === 0) return highRestOfB(work, dest, temp, lengthB);
        if (winsA >= minGallop) break;
      } else {
        work[dest--] = temp[cursorTemp--];
        winsB++;
        lengthB--;
        winsA = 0;
        if (lengthB === 1) return highRestOfA(work, dest, cursorA, lengthA, temp, cursorTemp);
        if (winsB >= minGallop) break;
      }
    }
    this.dest = dest;
    this.cursorTemp = cursorTemp;
    this.cursorWork = cursorA;
    this.lengthA = lengthA;
    this.lengthB = lengthB;
    return false;
  }

  /** mergeHigh galloping (see lowGalloping); true when the merge is done. */
  private highGalloping(temp: T[], baseA: number): boolean {
    const work = this.work;
    let dest = this.dest;
    let cursorTemp = this.cursorTemp;
    let cursorA = this.cursorWork;
    let lengthA = this.lengthA;
    let lengthB = this.lengthB;
    let minGallop = this.minGallop + 1;
    let winsA: number;
    let winsB: number;
    do {
      minGallop = Math.max(1, minGallop - 1);
      this.minGallop = minGallop;

      let k = this.gallopRight(work, temp[cursorTemp], baseA, lengthA, lengthA - 1);
      winsA = lengthA - k;
      if (winsA > 0) {
        dest -= winsA;
        cursorA -= winsA;
        copyWithin(work, cursorA + 1, work, dest + 1, winsA);
        lengthA -= winsA;
        if (lengthA === 0) return highRestOfB(work, dest, temp, lengthB);
      }
      work[dest--] = temp[cursorTemp--];
      if (--lengthB === 1) return highRestOfA(work, dest, cursorA, lengthA, temp, cursorTemp);

      k = this.gallopLeft(temp, work[cursorA], 0, lengthB, lengthB - 1);
      winsB = lengthB - k;
      if (winsB > 0) {
        dest -= winsB;
        cursorTemp -= winsB;
        copyWithin(temp, cursorTemp + 1, work, dest + 1, winsB);
        lengthB -= winsB;
        if (lengthB === 1) return highRestOfA(work, dest, cursorA, lengthA, temp, cursorTemp);
        // Impossible for a consistent comparator, but it may not be.
        if (lengthB === 0) return highRestOfB(work, dest, temp, lengthB);
      }
      work[dest--] = work[cursorA--];
      if (--lengthA === 0) return highRestOfB(work, dest, temp, lengthB);
    } while (winsA >= MIN_GALLOP_WINS || winsB >= MIN_GALLOP_WINS);
    this.minGallop = minGallop + 1;
    this.dest = dest;
    this.cursorTemp = cursorTemp;
    this.cursorWork = cursorA;
    this.lengthA = lengthA;
    this.lengthB = lengthB;
    return false;
  }
}

/** Ends mergeLow when b is used up: the rest of a, set aside in temp, goes to dest. */
function lowRestOfA<T>(work: T[], dest: number, temp: T[], cursorTemp: number, lengthA: number) {
  copyWithin(temp, cursorTemp, work, dest, lengthA);
  return true;
}

/** Ends mergeLow when one element of a is left: the rest of b moves to dest, that element after it. */
function lowRestOfB<T>(
  work: T[],
  dest: number,
  cursorB: number,
  lengthB: number,
  temp: T[],
  cursorTemp: number,
) {
  copyWithin(work, cursorB, work, dest, lengthB);
  work[dest + lengthB] = temp[cursorTemp];
  return true;
}

/** Ends mergeHigh when a is used up: the rest of b, set aside in temp, ends at dest. */
function highRestOfB<T>(work: T[], dest: number, temp: T[], lengthB: number) {
  if (lengthB > 0) copyWithin(temp, 0, work, dest - (lengthB - 1), lengthB);
  return true;
}

/** Ends mergeHigh when one element of b is left: the rest of a moves to end at dest, that element before it. */
function highRestOfA<T>(
  work: T[],
  dest: number,
  cursorA: number,
  lengthA: number,
  temp: T[],
  cursorTemp: number,
) {
  const to = dest - lengthA;
  copyWithin(work, cursorA - lengthA + 1, work, to + 1, lengthA);
  work[to] = temp[cursorTemp];
  return true;
}

/**
 * The minimum run length for an array of n: n itself below 64, else a number in [32, 64] such
 * that n / minRun is a power of two or a little less.
 */
function computeMinRunLength(nArg: number): number {
  let n = nArg;
  let r = 0; // becomes 1 if any 1 bit is shifted off
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

function reverseRange<T>(array: T[], from: number, to: number): void {
  let low = from;
  let high = to - 1;
  while (low < high) {
    const t = array[low];
    array[low++] = array[high];
    array[high--] = t;
  }
}

/** Copies `length` elements, correct when source and target overlap (as memmove). */
function copyWithin<T>(
  source: T[],
  sourcePos: number,
  target: T[],
  targetPos: number,
  length: number,
): void {
  if (source === target && sourcePos < targetPos) {
    for (let i = length - 1; i >= 0; i--) target[targetPos + i] = source[sourcePos + i];
  } else {
    for (let i = 0; i < length; i++) target[targetPos + i] = source[sourcePos + i];
  }
}
