/**
 * A line diff of two texts as unified-diff hunks, for `roadmap update --dry-run`: the reviewer
 * sees exactly which lines of roadmap.yaml would change. Myers' O(ND) algorithm on lines, after
 * trimming the common head and tail (edits are local, so the middle is small).
 */

export interface Hunk {
  /** 1-based first line in the old and the new text. */
  oldStart: number;
  newStart: number;
  /** Lines with their mark: ' ' context, '-' removed, '+' added. */
  lines: string[];
}

type Op = { kind: ' ' | '-' | '+'; text: string };

/** Hunks with `context` unchanged lines around each change. */
export function lineDiff(before: string, after: string, context = 2): Hunk[] {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const ops: Op[] = [
    ...a.slice(0, head).map((text) => ({ kind: ' ' as const, text })),
    ...myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail).map((text) => ({ kind: ' ' as const, text })),
  ];
  return toHunks(ops, context);
}

/** The hunks as text: "@@ -12,3 +12,3 @@" headers and marked lines. */
export function formatHunks(hunks: readonly Hunk[]): string[] {
  const out: string[] = [];
  for (const h of hunks) {
    const oldCount = h.lines.filter((l) => !l.startsWith('+')).length;
    const newCount = h.lines.filter((l) => !l.startsWith('-')).length;
    out.push(`@@ -${h.oldStart},${oldCount} +${h.newStart},${newCount} @@`, ...h.lines);
  }
  return out;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  // Walk back through the trace.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    const vd = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && vd[offset + k - 1]! < vd[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : vd[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', text: a[--x]! });
      y--;
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: '+', text: b[--y]! });
    else ops.push({ kind: '-', text: a[--x]! });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', text: a[--x]! });
    y--;
  }
  return ops.reverse();
}

function toHunks(ops: readonly Op[], context: number): Hunk[] {
  // Where each op sits in the old and the new text.
  let oldLine = 1;
  let newLine = 1;
  const at = ops.map((op) => {
    const here = { old: oldLine, new: newLine };
    if (op.kind !== '+') oldLine++;
    if (op.kind !== '-') newLine++;
    return here;
  });
  // Windows of context around each change, merged when they touch.
  const windows: [number, number][] = [];
  ops.forEach((op, i) => {
    if (op.kind === ' ') return;
    const from = Math.max(0, i - context);
    const to = Math.min(ops.length - 1, i + context);
    const last = windows.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  });
  return windows.map(([from, to]) => ({
    oldStart: at[from]!.old,
    newStart: at[from]!.new,
    lines: ops.slice(from, to + 1).map((op) => `${op.kind}${op.text}`),
  }));
}
