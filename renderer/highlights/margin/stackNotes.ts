// Margin notes stacked without overlap: each note wants the top of its passage; one that would
// overlap the note above it moves down just below it. Pure, so the rule is tested on its own.

/** The tops the notes get, in the order given (sorted by wanted top, ties kept in order). */
export function stackTops(wanted: readonly number[], heights: readonly number[], gap: number): number[] {
  const tops: number[] = [];
  let floor = -Infinity;
  for (let index = 0; index < wanted.length; index++) {
    const top = Math.max(wanted[index]!, floor);
    tops.push(top);
    floor = top + (heights[index] ?? 0) + gap;
  }
  return tops;
}
