import { cleanBlock, withoutLines } from './text-block.js';

/**
 * NSE scripts whose whole output is a reading of the remote clock (or of
 * its distance to ours): it differs on every run and says nothing else.
 */
const CLOCK_SCRIPTS = new Set(['clock-skew', 'http-date', 'ssl-date']);

/**
 * Lines of script output that carry the time of the probe: HTTP `Date:`
 * headers (fingerprint-strings, http-headers), smb2-time's `date:` and
 * `start_date:`, rdp-ntlm-info's `System_Time:` and ntp-info's
 * `receive time stamp:`.
 */
const TIME_LINE = /^\s*(date|start_date|system_time|receive time stamp)\s*:\s/i;

/**
 * Script output with the parts that change on every run left out, so a
 * rescan of an unchanged host gives the same text.
 */
export function stableScriptOutput(script: string, output: string): string {
  if (CLOCK_SCRIPTS.has(script)) {
    return (
      'Reports the remote clock (the reading changes every run and ' +
      'is left out).'
    );
  }

  return cleanBlock(withoutLines(output, TIME_LINE));
}
