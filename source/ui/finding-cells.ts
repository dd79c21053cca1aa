import type { Severity } from '../domain/severity.js';
import type { Finding } from '../store/types.js';
import { fitCells } from '../text/layout.js';
import { firstLine, sanitizeLine } from '../text/sanitize.js';
import type { Column } from './table-columns.js';

const SHORT_SEVERITY: Record<Severity, string> = {
  critical: 'crit',
  high: 'high',
  medium: 'med',
  low: 'low',
  info: 'info',
  none: 'none',
};

/** The text of one cell, sanitized and fitted to the column. */
export function cellText(
  finding: Finding,
  column: Column,
  marked: boolean,
): string {
  return fitCells(rawCell(finding, column, marked), column.width);
}

function rawCell(finding: Finding, column: Column, marked: boolean): string {
  switch (column.id) {
    case 'mark':
      return marked ? '●' : ' ';
    case 'status':
      return finding.status;
    case 'severity':
      return column.width < 8
        ? SHORT_SEVERITY[finding.severity]
        : finding.severity;
    case 'host': {
      const host = sanitizeLine(finding.host);
      const name = sanitizeLine(finding.hostname);
      return name === '' || name === host ? host : `${host} ${name}`;
    }
    case 'port':
      return sanitizeLine(finding.port);
    case 'plugin':
      return sanitizeLine(finding.plugin);
    case 'finding':
      return firstLine(finding.finding);
    case 'issues':
      return finding.issues
        .map((id, index) => sanitizeLine(finding.issueRefs[index] || `#${id}`))
        .join(',');
  }
}
