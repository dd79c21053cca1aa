import type { ImportMeasure } from './run-import.js';

/** One generated file and what importing it measured. */
export interface FileResult {
  format: string;
  sizeMb: number;
  /** Findings the generator wrote. */
  expected: number;
  measure?: ImportMeasure;
  error?: string;
}

/** The results of one format: both sizes, and whether memory stayed flat. */
export interface FormatResult {
  format: string;
  files: FileResult[];
  /** Peak RSS of the large file over that of the small one. */
  rssGrowth?: number;
  problems: string[];
}

/** Peak RSS may grow this much from the small to the large file. */
export const MAX_RSS_GROWTH = 1.5;

/** What is wrong with a format's results; empty when all is well. */
export function problemsOf(files: FileResult[]): {
  rssGrowth?: number;
  problems: string[];
} {
  const problems: string[] = [];
  for (const file of files) {
    const at = `${file.sizeMb.toFixed(0)} MB`;
    if (file.error) problems.push(`${at}: ${file.error}`);
    const read = file.measure?.findings;
    if (read !== undefined && read !== file.expected) {
      problems.push(
        `${at}: read ${read} findings, the file has ` + `${file.expected}`,
      );
    }
    const detected = file.measure?.format;
    if (detected !== undefined && detected !== file.format) {
      problems.push(`${at}: detected as ${detected}`);
    }
  }

  const [small, large] = files.map((file) => file.measure?.peakRssMb);
  if (small === undefined || large === undefined) return { problems };

  const rssGrowth = large / small;
  if (rssGrowth > MAX_RSS_GROWTH) {
    problems.push(
      `memory is not flat: peak RSS ${small.toFixed(0)} MB at ` +
        `${files[0]?.sizeMb.toFixed(0)} MB, ${large.toFixed(0)} MB at ` +
        `${files[1]?.sizeMb.toFixed(0)} MB (x${rssGrowth.toFixed(2)}, ` +
        `limit x${MAX_RSS_GROWTH})`,
    );
  }

  return { rssGrowth, problems };
}
