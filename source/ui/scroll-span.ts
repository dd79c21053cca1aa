/** The lines a scrolled view shows: from `first` up to `end`. */
export interface ScrollSpan {
  first: number;
  end: number;
  total: number;
}

/** From `scroll` on, but never past the point where the last page fits. */
export function scrollSpan(
  scroll: number,
  total: number,
  rows: number,
): ScrollSpan {
  const first = Math.max(0, Math.min(scroll, total - rows));
  return { first, end: Math.min(total, first + rows), total };
}

/** `lines 12-40 of 95`. */
export function spanLabel({ first, end, total }: ScrollSpan): string {
  return total === 0 ? 'no lines' : `lines ${first + 1}-${end} of ${total}`;
}
