import type { FindingDetail } from '../../store/types.js';
import {
  type DetailLine,
  findingDetailLines,
  wrapDetailLines,
} from './detail-lines.js';

const layouts = new WeakMap<
  FindingDetail,
  { width: number; lines: DetailLine[] }
>();

/**
 * The finding's lines wrapped to the width. The pane, the footer and
 * the scroll keys all need them; a long scan text is laid out once.
 */
export function detailLayout(
  detail: FindingDetail,
  width: number,
): DetailLine[] {
  const cached = layouts.get(detail);
  if (cached?.width === width) return cached.lines;

  const lines = wrapDetailLines(findingDetailLines(detail), width);
  layouts.set(detail, { width, lines });
  return lines;
}
