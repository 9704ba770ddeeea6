// The parser's configurations and transitions: arc-hybrid (Kuhlmann et al. 2011). The stack starts
// with the root (0), the buffer holds words 1..n. SHIFT pushes the buffer's front b0; LEFT makes b0
// the head of the stack's top s0 and pops it; RIGHT makes s1 (below s0) its head and pops it. Every
// word is shifted once and popped once: 2n transitions, linear time.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const ACTIONS = 3;

export class ParseState {
  n = 0;
  stack = new Int32Array(64);
  /** Stack size; stack[0] is the root. */
  sp = 0;
  /** The buffer's front word (1-based); n + 1 when the buffer is empty. */
  b = 1;
  heads = new Int32Array(64);
  /** Label ids of the arcs (by dependent). */
  labels = new Int32Array(64);
  /** The two leftmost and two rightmost dependents of each word (-1 none) and how many on each side. */
  left1 = new Int32Array(64);
  left2 = new Int32Array(64);
  right1 = new Int32Array(64);
  right2 = new Int32Array(64);
  nLeft = new Int32Array(64);
  nRight = new Int32Array(64);
  /** Dependents as linked lists: each word's first dependent, each dependent's next sibling. */
  firstChild = new Int32Array(64);
  nextSibling = new Int32Array(64);

  reset(n: number): void {
    // Fields are written by name, never by computed key: that would turn the object's fields
    // into a dictionary and slow every access.
    if (this.heads.length < n + 1) {
      const size = (n + 1) * 2;
      this.stack = new Int32Array(size);
      this.heads = new Int32Array(size);
      this.labels = new Int32Array(size);
      this.left1 = new Int32Array(size);
      this.left2 = new Int32Array(size);
      this.right1 = new Int32Array(size);
      this.right2 = new Int32Array(size);
      this.nLeft = new Int32Array(size);
      this.nRight = new Int32Array(size);
      this.firstChild = new Int32Array(size);
      this.nextSibling = new Int32Array(size);
    }
    this.n = n;
    this.sp = 1;
    this.stack[0] = 0;
    this.b = 1;
    for (const a of [this.heads, this.labels, this.left1, this.left2, this.right1, this.right2, this.firstChild, this.nextSibling]) a.fill(-1, 0, n + 1);
    this.nLeft.fill(0, 0, n + 1);
    this.nRight.fill(0, 0, n + 1);
  }

  /** The i-th word from the stack's top (0 = s0), -1 when none. */
  s(i: number): number {
    return i < this.sp ? this.stack[this.sp - 1 - i] : -1;
  }

  /** The i-th word of the buffer (0 = b0), -1 when none. */
  buf(i: number): number {
    return this.b + i <= this.n ? this.b + i : -1;
  }

  done(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  legal(action: number): boolean {
    if (action === SHIFT) return this.b <= this.n;
    if (action === LEFT) return this.sp >= 2 && this.b <= this.n;
    // The root takes one dependent, the last word left.
    return this.sp >= 3 || (this.sp === 2 && this.b > this.n);
  }

  /** The head of the arc `action` (LEFT or RIGHT) would add; its dependent is always s0. */
  arcHead(action: number): number {
    return action === LEFT ? this.b : this.stack[this.sp - 2];
  }

  /** The only legal action, or -1 when there is a choice. */
  forced(): number {
    if (this.sp === 1) return SHIFT;
    return this.b > this.n ? RIGHT : -1;
  }

  apply(action: number, label: number): void {
    if (action === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const h = this.arcHead(action);
    const d = this.stack[--this.sp];
    this.addArc(h, d, label);
  }

  private addArc(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    this.nextSibling[d] = this.firstChild[h];
    this.firstChild[h] = d;
    if (d < h) {
      this.nLeft[h]++;
      if (this.left1[h] < 0 || d < this.left1[h]) {
        this.left2[h] = this.left1[h];
        this.left1[h] = d;
      } else if (this.left2[h] < 0 || d < this.left2[h]) this.left2[h] = d;
    } else {
      this.nRight[h]++;
      if (this.right1[h] < 0 || d > this.right1[h]) {
        this.right2[h] = this.right1[h];
        this.right1[h] = d;
      } else if (this.right2[h] < 0 || d > this.right2[h]) this.right2[h] = d;
    }
  }

  /**
   * The dynamic oracle (Goldberg and Nivre 2013): how many gold arcs each action makes unreachable,
   * into costs[SHIFT..RIGHT] (illegal actions: a large cost). `gold[d]` is word d's gold head.
   */
  costs(gold: Int32Array, costs: Int32Array): void {
    const s0 = this.s(0);
    const s1 = this.s(1);
    const b0 = this.b;
    const n = this.n;
    let s0ChildrenInBuffer = 0;
    for (let d = b0; d <= n; d++) if (gold[d] === s0) s0ChildrenInBuffer++;
    costs[LEFT] = this.legal(LEFT) ? s0ChildrenInBuffer + (gold[s0] !== b0 && (gold[s0] === s1 || gold[s0] > b0) ? 1 : 0) : 1 << 20;
    costs[RIGHT] = this.legal(RIGHT) ? s0ChildrenInBuffer + (gold[s0] >= b0 ? 1 : 0) : 1 << 20;
    if (!this.legal(SHIFT)) {
      costs[SHIFT] = 1 << 20;
      return;
    }
    let c = 0;
    for (let i = 0; i < this.sp; i++) {
      const k = this.stack[i];
      if (gold[b0] === k && k !== s0) c++;
      if (k !== 0 && gold[k] === b0) c++;
    }
    costs[SHIFT] = c;
  }
}
