import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&apos;': "'",
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
};

function decode(text: string): string {
  return text.replace(
    /&(quot|apos|lt|gt|amp);/g,
    (entity) => ENTITIES[entity] ?? entity,
  );
}

/** The check name of a compliance item, new (cm:) or old (description). */
function checkName(body: string): string | undefined {
  const named = /<cm:compliance-check-name>([^<]*)</.exec(body)?.[1];
  if (named?.trim()) return decode(named).trim();

  const quoted =
    /<description>\s*&quot;((?:(?!&quot;)[^\n])+)&quot;\s*:\s*\[[A-Z]+\]/.exec(
      body,
    )?.[1];
  return quoted ? decode(quoted).trim() : undefined;
}

/**
 * Counts distinct host|port|plugin over the raw XML: host-ip tag else the
 * ReportHost name, port/protocol (general for 0), plugin id plus the check
 * name for compliance items.
 */
function countNessus(file: string): number {
  const xml = readFileSync(realPath(file), 'utf8');
  const keys = new Set<string>();

  const hosts = xml.matchAll(
    /<ReportHost name="([^"]*)"[^>]*>([\s\S]*?)<\/ReportHost>/g,
  );
  for (const [, name, host = ''] of hosts) {
    const address =
      /<tag name="host-ip">([^<]*)</.exec(host)?.[1]?.trim() || name;
    const items = host.matchAll(
      /<ReportItem\b([^>]*?)(?:\/>|>([\s\S]*?)<\/ReportItem>)/g,
    );
    for (const [, attributes = '', body = ''] of items) {
      const attribute = (key: string) =>
        new RegExp(`\\b${key}="([^"]*)"`).exec(attributes)?.[1] ?? '';
      const number = Number(attribute('port'));
      const port =
        number > 0
          ? `${number}/${attribute('protocol').toLowerCase()}`
          : 'general';
      const check = checkName(body);
      const plugin = check
        ? `${attribute('pluginID')}:${check}`
        : attribute('pluginID');
      keys.add(`${address}|${port}|${plugin}`);
    }
  }

  return keys.size;
}

const counted = (name: string): CorpusExpectation => ({
  file: `nessus/${name}`,
  format: 'nessus',
  expect: { count: () => countNessus(`nessus/${name}`) },
});

export const expectations: CorpusExpectation[] = [
  counted('compliance.nessus'),
  counted('dd-nessus_was_no_vuln.xml'),
  counted('dd-nessus_was_one_vuln.xml'),
  counted('dd-nessus_with_cvssv3.nessus'),
  counted('dradis-example_v2.nessus'),
  // A 0-byte file: whatever wrote it never finished.
  {
    file: 'nessus/libnessus-empty.nessus',
    format: 'nessus',
    expect: { error: /the file is empty/ },
  },
  counted('libnessus-nessus_report_local_3.nessus'),
  counted('unicode.nessus'),
];
