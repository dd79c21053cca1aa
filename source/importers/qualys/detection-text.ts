import { joinSections } from '../tidy-text.js';
import { levelLine, type QualysVuln } from './knowledge.js';
import { stableResult } from './volatile.js';

/** What a Qualys finding text is made of. */
export interface Detection {
  qid: string;
  vuln: QualysVuln | undefined;
  /** `confirmed vulnerability`, `information gathered`... */
  kind: string;
  service?: string;
  /** Extra `Label: value` lines, e.g. the URL of a web finding. */
  details?: string[];
  result: string;
}

/**
 * The finding text: title, Qualys' own severity and CVSS, category, the
 * knowledge-base prose, then what was found on this host. Dates (first
 * and last found, times found, status) are left out: they change on every
 * scan of an unchanged host.
 */
export function detectionText(detection: Detection): string {
  const { vuln } = detection;
  const facts = [
    levelLine(vuln?.level ?? 0, detection.kind),
    vuln?.cvss,
    vuln?.category && `Category: ${vuln.category}`,
    detection.service && `Service: ${detection.service}`,
    ...(detection.details ?? []),
  ];
  const result = stableResult(detection.result);

  return joinSections([
    vuln?.title || `QID ${detection.qid}`,
    facts.filter(Boolean).join('\n'),
    vuln?.sections,
    result && `Result:\n${result}`,
  ]);
}
