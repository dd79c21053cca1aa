/** Severities, most severe first. */
export const SEVERITIES = [
  'critical',
  'high',
  'medium',
  'low',
  'info',
  'none',
] as const;

export type Severity = (typeof SEVERITIES)[number];

/** Numeric rank used for storage and ordering: critical 5 ... none 0. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(severity);
}

export function severityFromRank(rank: number): Severity {
  const severity = SEVERITIES[SEVERITIES.length - 1 - rank];
  if (severity === undefined) {
    throw new RangeError(`no severity has rank ${rank}`);
  }

  return severity;
}

export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** Accepts a severity name in any case, or undefined. */
export function parseSeverity(value: string): Severity | undefined {
  const lower = value.trim().toLowerCase();
  return isSeverity(lower) ? lower : undefined;
}

/**
 * Maps a CVSS base score (v2 or v3) onto a severity, using the CVSS v3
 * qualitative scale: 9.0+ critical, 7.0+ high, 4.0+ medium, 0.1+ low,
 * 0.0 info (a scanner reported it, but it scores nothing).
 */
export function severityFromCvss(score: number): Severity {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  if (score > 0) return 'low';
  return 'info';
}
