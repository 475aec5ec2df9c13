// Spans already taken (flagged) in a document, none overlapping another: "does [s, e) overlap
// one?" by binary search. A linear scan per question made rules that flag thousands of
// spans in a long repetitive document quadratic.

/** Disjoint half-open spans; `overlaps(s, e)` is true when some span [a, b) has s < b && e > a. */
export class DisjointSpans {
  private starts: number[] = [];
  private ends: number[] = [];

  /** Spans whose start is before `e` (they come first: kept sorted by start, then end). */
  private before(e: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < e) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(s: number, e: number): boolean {
    // Disjoint spans sorted by start have sorted ends too: the last span starting before `e`
    // reaches furthest.
    const k = this.before(e);
    return k > 0 && this.ends[k - 1]! > s;
  }

  /** Adds [s, e); the caller has checked that it overlaps no span. */
  add(s: number, e: number): void {
    let k = this.before(s);
    while (k < this.starts.length && this.starts[k] === s && this.ends[k]! <= e) k++;
    this.starts.splice(k, 0, s);
    this.ends.splice(k, 0, e);
  }
}
