import { readHead } from './file-text.js';
import { streamJson } from './json-stream.js';
import {
  findingFromEntry,
  refuseScanFailure,
  type TestsslTarget,
  target,
  targetFromFlatIp,
} from './testssl-entry.js';
import { asRecord, asText, bareAddress, recordsOf } from './tls-fields.js';
import {
  type FindingSink,
  type Importer,
  type ScanFile,
  ScanFileError,
} from './types.js';

/** testssl.sh `--jsonfile` (flat array) and `--jsonfile-pretty` output. */
export const testsslImporter: Importer = {
  format: 'testssl',
  scanner: 'testssl.sh',
  description: 'testssl.sh JSON (--jsonfile or --jsonfile-pretty)',

  detect(head) {
    const flat =
      /^\s*\[\s*\{\s*"id"\s*:/.test(head) &&
      /"finding"\s*:/.test(head) &&
      /"severity"\s*:/.test(head);
    const pretty =
      /^\s*\{/.test(head) &&
      /"scanResult"\s*:\s*\[/.test(head) &&
      /"(Invocation|targetHost|target host)"\s*:/.test(head);
    return flat || pretty;
  },

  async parse(file, sink) {
    const head = await readHead(file.path, 1024);
    if (/^\s*\{/.test(head)) await parsePretty(file, sink);
    else await parseFlat(file, sink);
  },
};

/** `[{id, ip: "name/address", port, severity, finding, cve, cwe}, ...]` */
async function parseFlat(file: ScanFile, sink: FindingSink): Promise<void> {
  const records = streamJson(file.path, (path) => path.length === 1);
  for await (const { path, value } of records) {
    const location = `record ${Number(path[0]) + 1}`;
    const entry = asRecord(value);
    if (!entry) throw new ScanFileError('a check is not an object', location);

    refuseScanFailure(entry, location);
    const where = targetFromFlatIp(asText(entry.ip), entry.port);
    const finding = findingFromEntry(entry, where, location);
    if (finding) sink.add(finding);
  }
}

/**
 * `{startTime, scanResult: [{targetHost, ip, port, <section>: [...]}]}`;
 * one scanResult per tested address. Each section arrives whole, after
 * the target fields that testssl.sh always writes first.
 */
async function parsePretty(file: ScanFile, sink: FindingSink): Promise<void> {
  let current: { index: number; fields: Record<string, string> } | undefined;

  const records = streamJson(
    file.path,
    (path) =>
      (path.length === 1 && path[0] === 'startTime') ||
      (path.length === 3 && path[0] === 'scanResult'),
  );
  for await (const { path, value } of records) {
    if (path.length === 1) {
      const seconds = Number(value);
      if (seconds > 0) sink.setScanTime(new Date(seconds * 1000));
      continue;
    }

    const index = Number(path[1]);
    const key = String(path[2]);
    if (current?.index !== index) current = { index, fields: {} };
    const fields = current.fields;
    if (!Array.isArray(value)) {
      fields[key] = asText(value);
      // The flat layout reports the detected service as a check; so do we.
      if (key === 'service') {
        const service = { id: 'service', severity: 'INFO', finding: value };
        addEntry(service, fields, `scanResult ${index + 1}, service`, sink);
      }
      continue;
    }

    recordsOf(value).forEach((entry, position) => {
      const location = `scanResult ${index + 1}, ${key} ${position + 1}`;
      addEntry(entry, fields, location, sink);
    });
  }
}

function addEntry(
  entry: Record<string, unknown>,
  fields: Record<string, string>,
  location: string,
  sink: FindingSink,
): void {
  refuseScanFailure(entry, location);
  const finding = findingFromEntry(
    entry,
    prettyTarget(fields, location),
    location,
  );
  if (finding) sink.add(finding);
}

function prettyTarget(
  fields: Record<string, string>,
  location: string,
): TestsslTarget {
  const name = fields.targetHost ?? fields['target host'] ?? '';
  const ip = bareAddress(fields.ip ?? '') || name;
  if (!ip) throw new ScanFileError('a scan result names no target', location);

  return target(ip, name, fields.port);
}
