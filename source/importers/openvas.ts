import { findingFromResult } from './openvas-result.js';
import { type Importer, ScanFileError } from './types.js';
import { xmlRootName } from './xml-root.js';
import { streamXml } from './xml-stream.js';

const ROOTS = ['report', 'get_reports_response'];

/**
 * OpenVAS / Greenbone (GVM) XML reports, GMP 7 to 22 and older OMP ones:
 * a bare `<report>`, the nested `<report><report>` export, or a whole
 * `<get_reports_response>`. One finding per `results/result` of the report.
 */
export const openvasImporter: Importer = {
  format: 'openvas',
  scanner: 'OpenVAS',
  description: 'OpenVAS / Greenbone GVM XML report',

  detect(head) {
    const root = xmlRootName(head);
    if (root === 'get_reports_response') return true;
    if (root !== 'report') return false;

    return /<nvt oid=|<gmp>|<omp>|<scan_run_status>|<results[\s>]/.test(head);
  },

  async parse(file, sink) {
    let sawReport = false;

    await streamXml(file.path, {
      onRoot(name) {
        if (!ROOTS.includes(name)) {
          throw new ScanFileError(`<${name}> is not an OpenVAS report`);
        }
      },
      onOpen(name, attrs, path) {
        if (path.length === 1) refuseFailedResponse(attrs);
        if (name === 'report') sawReport = true;
      },
      collect(path) {
        return isReportChild(path, 'scan_start') || isReportResult(path);
      },
      onElement(element, path) {
        if (isReportResult(path)) {
          const finding = findingFromResult(element);
          if (finding) sink.add(finding);
          return;
        }

        const started = new Date(element.text.trim());
        if (!Number.isNaN(started.getTime())) sink.setScanTime(started);
      },
    });

    if (!sawReport) {
      throw new ScanFileError('the response holds no report', 'line 1');
    }
  },
};

/** A GMP response that failed carries its status instead of a report. */
function refuseFailedResponse(attrs: Record<string, string>): void {
  const status = attrs.status;
  if (status === undefined || status.startsWith('2')) return;

  const reason = attrs.status_text || 'no reason given';
  throw new ScanFileError(`GVM reported an error: ${reason} (${status})`);
}

function isReportChild(path: readonly string[], name: string): boolean {
  return path.at(-1) === name && path.at(-2) === 'report';
}

/** `.../report/results/result`, not results nested anywhere else. */
function isReportResult(path: readonly string[]): boolean {
  return (
    path.at(-1) === 'result' &&
    path.at(-2) === 'results' &&
    path.at(-3) === 'report'
  );
}
