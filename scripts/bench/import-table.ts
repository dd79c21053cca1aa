import type { FormatResult } from './import-results.js';

const HEADER = [
  'format',
  'file MB',
  'findings',
  'seconds',
  'MB/s',
  'findings/s',
  'peak RSS MB',
  'RSS growth',
];

/** The results as an aligned text table, problems listed under it. */
export function importTable(results: FormatResult[]): string {
  const rows = results.flatMap((result) =>
    result.files.map((file, at) => {
      const measure = file.measure;
      const growth =
        at === result.files.length - 1 && result.rssGrowth !== undefined
          ? `x${result.rssGrowth.toFixed(2)}`
          : '';
      if (!measure) {
        return [result.format, file.sizeMb.toFixed(1), 'FAILED'];
      }
      return [
        result.format,
        file.sizeMb.toFixed(1),
        String(measure.findings),
        measure.seconds.toFixed(1),
        (file.sizeMb / measure.seconds).toFixed(1),
        Math.round(measure.findings / measure.seconds).toString(),
        measure.peakRssMb.toFixed(0),
        growth,
      ];
    }),
  );
  const missing = results
    .filter((result) => result.files.length === 0)
    .map((result) => [result.format, '-', 'NO GENERATOR']);

  const problems = results.flatMap((result) =>
    result.problems.map((problem) => `  ${result.format}: ${problem}`),
  );
  return [
    aligned([HEADER, ...rows, ...missing]),
    ...(problems.length > 0 ? ['', 'Problems:', ...problems] : []),
  ].join('\n');
}

/** Numbers right-aligned, the format name left-aligned. */
function aligned(rows: string[][]): string {
  const widths = HEADER.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0
            ? cell.padEnd(widths[column] ?? 0)
            : cell.padStart(widths[column] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
