import type { Severity } from '../domain/severity.js';
import { childText, type XmlElement } from './xml-stream.js';

/** One policy-compliance check result inside a ReportItem. */
export interface ComplianceCheck {
  /** The check's own name, e.g. `1.1.1 Ensure mounting of ... disabled`. */
  name: string;
  /** PASSED, FAILED, WARNING, ERROR...; '' when the report gives none. */
  result: string;
}

/**
 * Older reports name the check only at the start of the description:
 * `"1.1.1 Ensure ..." : [FAILED]`.
 */
const QUOTED_CHECK = /^\s*"([^"\n]+)"\s*:\s*\[([A-Z]+)\]/;

/**
 * The compliance check an item reports, from the `cm:compliance-check-name`
 * element or, in older reports, the quoted name that starts the
 * description; undefined for an ordinary plugin result.
 */
export function complianceCheck(item: XmlElement): ComplianceCheck | undefined {
  const name = childText(item, 'cm:compliance-check-name');
  if (name !== '') {
    return {
      name,
      result: childText(item, 'cm:compliance-result').toUpperCase(),
    };
  }

  const quoted = QUOTED_CHECK.exec(childText(item, 'description'));
  if (!quoted?.[1] || !quoted[2]) return undefined;

  return { name: quoted[1].trim(), result: quoted[2] };
}

/**
 * The severity of a check result: a pass is informational; a failure keeps
 * the severity Nessus gave the item, or medium when it gave none (0); a
 * warning likewise, or low; any other result (ERROR, SKIPPED...) keeps the
 * item's severity.
 */
export function complianceSeverity(
  check: ComplianceCheck,
  itemSeverity: Severity,
): Severity {
  const unrated = itemSeverity === 'info' || itemSeverity === 'none';
  if (check.result === 'PASSED') return 'info';
  if (check.result === 'FAILED' && unrated) return 'medium';
  if (check.result === 'WARNING' && unrated) return 'low';

  return itemSeverity;
}
