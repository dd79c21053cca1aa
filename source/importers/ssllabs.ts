import { readHead } from './file-text.js';
import { readJson, streamJson } from './json-stream.js';
import { certificatesById } from './ssllabs-certificate.js';
import { endpointFindings } from './ssllabs-endpoint.js';
import { asRecord, asText, recordsOf } from './tls-fields.js';
import {
  type FindingSink,
  formatPort,
  type Importer,
  ScanFileError,
} from './types.js';

/** The SSL Labs API only ever assesses HTTPS on port 443. */
const SSL_LABS_PORT = '443/tcp';

/**
 * SSL Labs API JSON: host reports from `analyze` (one, or an array as
 * ssllabs-scan writes), a `getEndpointData` endpoint, or an API error.
 */
export const ssllabsImporter: Importer = {
  format: 'ssllabs',
  scanner: 'SSL Labs',
  description: 'SSL Labs API JSON (analyze, getEndpointData, ssllabs-scan)',

  detect(head) {
    const report =
      /"endpoints"\s*:\s*\[/.test(head) &&
      /"(engineVersion|criteriaVersion)"\s*:/.test(head);
    const endpoint =
      /^\s*\{/.test(head) &&
      /"ipAddress"\s*:/.test(head) &&
      /"statusMessage"\s*:/.test(head) &&
      /"(delegation|gradeTrustIgnored)"\s*:/.test(head);
    const error = /^\s*\{\s*"errors"\s*:\s*\[\s*\{\s*"(field|message)"/.test(
      head,
    );
    return report || endpoint || error;
  },

  async parse(file, sink) {
    const isArray = /^\s*\[/.test(await readHead(file.path, 1024));
    const started = isArray
      ? await readReports(file.path, sink)
      : await readSingle(file.path, sink);
    if (started > 0) sink.setScanTime(new Date(started));
  },
};

/** ssllabs-scan's array of host reports; gives the earliest start. */
async function readReports(path: string, sink: FindingSink): Promise<number> {
  let earliest = 0;
  for await (const record of streamJson(path, (at) => at.length === 1)) {
    const location = `record ${Number(record.path[0]) + 1}`;
    const report = asRecord(record.value);
    if (!report) throw new ScanFileError('not an SSL Labs report', location);

    const started = readDocument(report, sink, location);
    if (started > 0 && (earliest === 0 || started < earliest)) {
      earliest = started;
    }
  }

  return earliest;
}

/** A single host report, endpoint or error document. */
async function readSingle(path: string, sink: FindingSink): Promise<number> {
  const document = asRecord(await readJson(path));
  if (!document) throw new ScanFileError('not an SSL Labs report', 'line 1');

  return readDocument(document, sink, 'line 1');
}

/** Adds one document's findings; gives its start time in ms, or 0. */
function readDocument(
  document: Record<string, unknown>,
  sink: FindingSink,
  location: string,
): number {
  const errors = recordsOf(document.errors);
  if (errors.length > 0) {
    const messages = errors.map((error) => asText(error.message));
    throw new ScanFileError(
      `SSL Labs API error: ${messages.join('; ')}`,
      location,
    );
  }

  if ('endpoints' in document || 'host' in document) {
    refuseUnfinished(document, location);
    const context = {
      hostname: asText(document.host),
      port: formatPort(asText(document.port) || 443, 'tcp'),
      certs: certificatesById(document),
    };
    for (const endpoint of recordsOf(document.endpoints)) {
      for (const finding of endpointFindings(endpoint, context)) {
        sink.add(finding);
      }
    }
    return Number(document.startTime) || 0;
  }

  if ('ipAddress' in document) {
    const context = { hostname: '', port: SSL_LABS_PORT, certs: new Map() };
    for (const finding of endpointFindings(document, context)) {
      sink.add(finding);
    }
    return 0;
  }

  throw new ScanFileError(
    'neither an SSL Labs host report nor an endpoint',
    location,
  );
}

/**
 * A report still PENDING or IN_PROGRESS, or one that ended in ERROR, lacks
 * results it will later have: importing it would mark findings gone.
 */
function refuseUnfinished(
  report: Record<string, unknown>,
  location: string,
): void {
  const status = asText(report.status);
  if (status === 'READY') return;

  const message = asText(report.statusMessage);
  throw new ScanFileError(
    `SSL Labs assessment of ${asText(report.host) || 'the host'} is not ` +
      `finished: ${status || 'no status'}${message ? ` (${message})` : ''}`,
    location,
  );
}
