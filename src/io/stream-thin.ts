/**
 * Min/max decimation of a stream of (x, y) points in flat memory, for data too long to keep: the
 * x range is cut into BUCKETS buckets, and each keeps its first and last point, its least and
 * greatest y, and its first y that is not finite (a gap), with their row numbers, so that the kept
 * points can be put back in input order. When a point falls outside the range, the range doubles
 * (towards it) and pairs of buckets merge, which keeps what each merged bucket must keep. The
 * buckets are finer than any picture's pixel columns, which the plot thins to afterwards.
 */

/** Buckets over the x range: more than the pixel columns of any image act draws (2 x 16384 / 4). */
export const BUCKETS = 8192;

/** Which point of a bucket a role keeps, given the one it holds and a candidate. */
type Prefer = (row: number, y: number, heldRow: number, heldY: number) => boolean;

/** The kept point of each bucket in one role: its row number (-1: none), x and y. */
class Role {
  row = new Float64Array(BUCKETS).fill(-1);
  x = new Float64Array(BUCKETS);
  y = new Float64Array(BUCKETS);
  constructor(readonly prefer: Prefer) {}
  offer(b: number, row: number, x: number, y: number): void {
    if (this.row[b] >= 0 && !this.prefer(row, y, this.row[b], this.y[b])) return;
    this.row[b] = row;
    this.x[b] = x;
    this.y[b] = y;
  }
  /** Bucket k becomes bucket to(k), pairs merged by the role's preference. */
  remap(to: (k: number) => number): void {
    const old = { row: this.row, x: this.x, y: this.y };
    this.row = new Float64Array(BUCKETS).fill(-1);
    this.x = new Float64Array(BUCKETS);
    this.y = new Float64Array(BUCKETS);
    for (let k = 0; k < BUCKETS; k++) if (old.row[k] >= 0) this.offer(to(k), old.row[k], old.x[k], old.y[k]);
  }
}

export class StreamThinner {
  private origin = 0;
  private width = 0;
  private readonly first = new Role((row, _y, held) => row < held);
  private readonly last = new Role((row, _y, held) => row > held);
  private readonly low = new Role((_row, y, _held, heldY) => y < heldY);
  private readonly high = new Role((_row, y, _held, heldY) => y > heldY);
  private readonly gap = new Role((row, _y, held) => row < held);
  private readonly roles = [this.first, this.last, this.low, this.high, this.gap];

  /** `lo`..`hi`: the x range of the points seen so far (the range grows as needed). */
  constructor(lo: number, hi: number) {
    const span = hi - lo;
    this.origin = lo;
    this.width = (Number.isFinite(span) && span > 0 ? span : Math.max(1, Math.abs(lo))) / (BUCKETS - 1);
  }

  add(row: number, x: number, y: number): void {
    if (!Number.isFinite(x)) return; // a point without an x cannot be drawn
    while (!(x >= this.origin && x < this.origin + BUCKETS * this.width)) this.grow(x < this.origin);
    const b = Math.min(BUCKETS - 1, Math.floor((x - this.origin) / this.width));
    this.first.offer(b, row, x, y);
    this.last.offer(b, row, x, y);
    if (!Number.isFinite(y)) this.gap.offer(b, row, x, y);
    else {
      this.low.offer(b, row, x, y);
      this.high.offer(b, row, x, y);
    }
  }

  /** Doubles the range towards lower x (left) or higher: bucket pairs merge into one. */
  private grow(left: boolean): void {
    const half = BUCKETS / 2;
    for (const role of this.roles) role.remap(left ? (k) => half + (k >> 1) : (k) => k >> 1);
    if (left) this.origin -= BUCKETS * this.width;
    this.width *= 2;
  }

  /** The kept points in input order. */
  points(): { x: Float64Array; y: Float64Array } {
    const kept = new Map<number, [number, number]>();
    for (const role of this.roles) for (let b = 0; b < BUCKETS; b++) if (role.row[b] >= 0) kept.set(role.row[b], [role.x[b], role.y[b]]);
    const rows = [...kept.keys()].sort((a, b) => a - b);
    return { x: Float64Array.from(rows, (r) => kept.get(r)![0]), y: Float64Array.from(rows, (r) => kept.get(r)![1]) };
  }
}
