/**
 * Parts of Qualys result text that change on every scan of an unchanged
 * host: scan timing (QID 45038), uptime (QID 82063), the clock in ICMP
 * timestamp replies (QID 82040).
 */
const VOLATILE_LINES = [
  /^(?:Scan duration|Start time|End time):/i,
  /\buptime is\b/i,
];

const ICMP_CLOCK = /\t\d{1,2}:\d{2}:\d{2} GMT$/;

/** Result text without the parts that vary between identical scans. */
export function stableResult(result: string): string {
  return result
    .split(/\r?\n/)
    .filter((line) => !VOLATILE_LINES.some((pattern) => pattern.test(line)))
    .map((line) => line.replace(ICMP_CLOCK, '\t'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
