import type { Severity } from '../../domain/severity.js';
import { joinSections, tidyText } from '../tidy-text.js';

/** What Qualys' knowledge base says about one QID. */
export interface QualysVuln {
  title: string;
  /** Qualys level 1 (minimal) to 5 (urgent); 0 when not given. */
  level: number;
  category: string;
  /** `base 5.0, CVSS3 base 6.1` or ''. */
  cvss: string;
  /** Threat / diagnosis, impact / consequence and solution, as text. */
  sections: string;
}

const LEVEL_SEVERITIES: Severity[] = [
  'info',
  'info',
  'low',
  'medium',
  'high',
  'critical',
];

const LEVEL_NAMES = ['', 'minimal', 'medium', 'serious', 'critical', 'urgent'];

/**
 * Qualys levels onto ours: 5 urgent → critical, 4 critical → high,
 * 3 serious → medium, 2 medium → low, 1 minimal → info. Information
 * gathered is not a vulnerability at any level, so it is info.
 */
export function severityOfLevel(level: number, gathered: boolean): Severity {
  if (gathered) return 'info';

  return LEVEL_SEVERITIES[level] ?? 'info';
}

/** `Severity: 4 (critical), confirmed vulnerability`, the Qualys words. */
export function levelLine(level: number, kind: string): string {
  const name = LEVEL_NAMES[level];
  const shown = name ? `${level} (${name})` : 'not given';
  return `Severity: ${shown}, ${kind}`;
}

/** Titled sections from knowledge-base prose that holds HTML. */
export function proseSections(
  parts: readonly (readonly [string, string])[],
): string {
  return joinSections(
    parts.map(([title, html]) => {
      const text = htmlToText(html);
      return text && text !== 'N/A' ? `${title}:\n${text}` : '';
    }),
  );
}

/** Qualys prose is HTML: paragraphs, line breaks, lists and links. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<\s*(?:p|br)\s*\/?>/gi, '\n')
    .replace(/<\s*li\s*>/gi, '\n- ')
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#(\d+);/g, (_, code: string) =>
      String.fromCodePoint(Number(code)),
    )
    .replace(/&amp;/g, '&');
  return tidyText(text);
}
