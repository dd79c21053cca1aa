import { type JsonPath, streamJson } from './json-stream.js';
import { type Importer, ScanFileError } from './types.js';
import { zapInstance } from './zap-alert.js';
import { ZapJsonSites } from './zap-json-sites.js';
import { zapReportTime } from './zap-report-time.js';

const SITE_FIELDS = new Set(['@name', '@host', '@port', '@ssl']);
const REPORT_FIELDS = new Set(['@generated', 'created', 'code', 'message']);

/**
 * OWASP ZAP traditional JSON and JSON-plus reports
 * (`{"site":[{"@host",…,"alerts":[…]}]}`). The file is streamed: each
 * scalar field of an alert and each instance arrive on their own, so
 * neither a one-line 1.5 MB report nor request/response bodies are held
 * whole.
 */
export const zapJson: Importer = {
  format: 'zap-json',
  scanner: 'OWASP ZAP',
  description: 'OWASP ZAP traditional JSON report (also JSON-plus)',

  detect(head) {
    return (
      /^\s*\{/.test(head) &&
      /"@generated"\s*:/.test(head) &&
      /"site"\s*:/.test(head)
    );
  },

  async parse(file, sink) {
    const sites = new ZapJsonSites(sink);
    const report = new Map<string, string>();

    for await (const { path, value } of streamJson(file.path, wanted)) {
      if (path.length === 1) {
        report.set(String(path[0]), scalar(value));
        continue;
      }

      const siteIndex = Number(path[1]);
      if (path.length === 3) {
        sites.setSiteField(siteIndex, String(path[2]), scalar(value));
      } else if (path.length === 5) {
        const alert = sites.alertAt(siteIndex, Number(path[3]));
        if (path[4] === 'tags') alert.tags.push(...tagNames(value));
        else alert.fields.set(String(path[4]), scalar(value));
      } else {
        const instance = fieldsOf(value);
        sites
          .alertAt(siteIndex, Number(path[3]))
          .instances.push(zapInstance((key) => scalar(instance[key])));
      }
    }

    if (!sites.sawSite && !report.has('@generated')) {
      const message = report.get('message');
      throw new ScanFileError(
        message ? `ZAP reported an error: ${message}` : 'not a ZAP JSON report',
        'line 1',
      );
    }

    const time = zapReportTime(report.get('created'), report.get('@generated'));
    if (time) sink.setScanTime(time);
    sites.finish();
  },
};

function wanted(path: JsonPath): boolean {
  if (path.length === 1) return REPORT_FIELDS.has(String(path[0]));
  if (path[0] !== 'site' || typeof path[1] !== 'number') return false;
  if (path.length === 3) return SITE_FIELDS.has(String(path[2]));
  if (path[2] !== 'alerts' || typeof path[3] !== 'number') return false;
  if (path.length === 5) return path[4] !== 'instances';

  return (
    path.length === 6 && path[4] === 'instances' && typeof path[5] === 'number'
  );
}

function fieldsOf(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** JSON-plus tags: `[{"tag": "OWASP_2021_A05", "link": "…"}]`. */
function tagNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((tag) => scalar(fieldsOf(tag).tag)).filter(Boolean);
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return '';
}
