import type { DriverResult, KindStats, Target } from './ui-results.js';

const fixed = (value: number) => value.toFixed(1);

/** The per-key table, then one PASS/MISS line per target. */
export function uiReport(
  result: DriverResult,
  stats: KindStats[],
  list: Target[],
): string {
  const rows = stats.map((kind) =>
    [
      kind.kind.padEnd(14),
      String(kind.presses).padStart(7),
      fixed(kind.medianMs).padStart(9),
      fixed(kind.p95Ms).padStart(9),
      fixed(kind.worstMs).padStart(9),
      fixed(kind.settledMedianMs).padStart(15),
      String(Math.round(kind.frameBytesMedian)).padStart(12),
    ].join(' '),
  );
  const memory = result.memoryKb;
  return [
    `first frame ${fixed(result.firstFrameMs)} ms ` +
      `(counts drawn at ${fixed(result.firstSettledMs)} ms)`,
    '',
    'key            presses median ms   p95 ms worst ms settled med. ms ' +
      'frame bytes',
    ...rows,
    '',
    `resident memory: peak ${fixed(memory.peak / 1024)} MB, ` +
      `at the end ${fixed(memory.end / 1024)} MB`,
    '',
    ...list.map(
      (each) =>
        `${each.pass ? 'PASS' : 'MISS'}  ${each.what.padEnd(20)} ` +
        `${fixed(each.value).padStart(7)} ${each.unit} ` +
        `(target ${each.limit} ${each.unit})`,
    ),
  ].join('\n');
}
