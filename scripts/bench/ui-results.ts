import { type KeyKind, KINDS } from './ui-plan.js';

/** What the pty driver measured (times in ms). */
export interface DriverResult {
  firstFrameMs: number;
  firstSettledMs: number;
  samples: Record<
    KeyKind,
    ({ frame: number; settled: number; bytes: number } | null)[]
  >;
  memoryKb: { peak: number; end: number };
  exitCode: number;
}

export interface KindStats {
  kind: KeyKind;
  presses: number;
  /** Presses that drew nothing within 2 s. */
  silent: number;
  medianMs: number;
  p95Ms: number;
  worstMs: number;
  /** Median until all output stopped, counts included. */
  settledMedianMs: number;
  /** Median size of the frame on the wire: what an SSH link carries. */
  frameBytesMedian: number;
}

export interface Target {
  what: string;
  value: number;
  limit: number;
  unit: 'ms' | 'MB';
  pass: boolean;
}

export const LIMITS = {
  firstFrameMs: 400,
  medianMs: 20,
  p95Ms: 50,
  memoryMb: 150,
};

export function kindStats(result: DriverResult): KindStats[] {
  return KINDS.map((kind) => {
    const samples = result.samples[kind] ?? [];
    const drawn = samples.filter((sample) => sample !== null);
    const frames = drawn.map((sample) => sample.frame);
    return {
      kind,
      presses: samples.length,
      silent: samples.length - drawn.length,
      medianMs: percentile(frames, 50),
      p95Ms: percentile(frames, 95),
      worstMs: Math.max(...frames),
      settledMedianMs: percentile(
        drawn.map((sample) => sample.settled),
        50,
      ),
      frameBytesMedian: percentile(
        drawn.map((sample) => sample.bytes),
        50,
      ),
    };
  });
}

/** Every target with its measured value, in the order of issue 3. */
export function targets(result: DriverResult, stats: KindStats[]): Target[] {
  const peakMb = result.memoryKb.peak / 1024;
  const list: Target[] = [
    target('first frame', result.firstFrameMs, LIMITS.firstFrameMs, 'ms'),
  ];
  for (const kind of stats) {
    const silent = kind.silent > 0;
    list.push(
      target(`${kind.kind} median`, kind.medianMs, LIMITS.medianMs, 'ms'),
      target(`${kind.kind} p95`, kind.p95Ms, LIMITS.p95Ms, 'ms', silent),
    );
  }
  list.push(target('peak RSS', peakMb, LIMITS.memoryMb, 'MB'));

  return list;
}

function target(
  what: string,
  value: number,
  limit: number,
  unit: Target['unit'],
  failed = false,
): Target {
  return { what, value, limit, unit, pass: !failed && value <= limit };
}

/** Nearest-rank percentile; NaN for no values. */
export function percentile(values: number[], rank: number): number {
  if (values.length === 0) return Number.NaN;

  const sorted = [...values].sort((a, b) => a - b);
  const at = Math.ceil((rank / 100) * sorted.length) - 1;
  return sorted[Math.max(0, at)] as number;
}
