/**
 * Parts of Qualys result text that change on every scan of an unchanged
 * host: scan timing (QID 45038), uptime (QID 82063), HTTP `Date:` headers
 * in recorded responses.
 */
const VOLATILE_LINES = [
  /^(?:Scan duration|Start time|End time):/i,
  /\buptime is\b/i,
  /^Date: \w{3}, \d{1,2} \w{3} \d{4} /,
];

/** The host's clock, as ICMP and TCP timestamp QIDs (82040, 82003) show it. */
const CLOCK_AT_END = /(?<=\t|: )\d{1,2}:\d{2}:\d{2} GMT$/;

/** Result text without the parts that vary between identical scans. */
export function stableResult(result: string): string {
  return result
    .split(/\r?\n/)
    .filter((line) => !VOLATILE_LINES.some((pattern) => pattern.test(line)))
    .map((line) => line.replace(CLOCK_AT_END, '').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
