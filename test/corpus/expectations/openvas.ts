import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

/**
 * Distinct host|port|NVT OID over the `<result>` elements between the
 * report's `<results>` and `</results>` (not those cited inside a result's
 * `<detection>`), read with regular expressions.
 */
function countResults(file: string): number {
  const xml = readFileSync(realPath(file), 'utf8');
  const start = xml.indexOf('<results');
  // A result can cite the detection result it builds on; that is no finding.
  const results = xml
    .slice(start, xml.indexOf('</results>', start))
    .replace(/<detection>[\s\S]*?<\/detection>/g, '');
  const keys = new Set<string>();

  for (const block of results.split(/<result[\s>]/).slice(1)) {
    if (/<threat>Debug<\/threat>/.test(block)) continue;
    const host = /<host>\s*([^<\s]+)/.exec(block)?.[1];
    const port = /<port>[^<]*?(\d+)\/(\w+)/.exec(block);
    const oid = /<nvt oid="([^"]+)"/.exec(block)?.[1];
    keys.add(`${host}|${port ? `${port[1]}/${port[2]}` : 'general'}|${oid}`);
  }

  return keys.size;
}

const file = (name: string): CorpusExpectation => ({
  file: `openvas/${name}`,
  format: 'openvas',
  expect: { count: () => countResults(`openvas/${name}`) },
});

export const expectations: CorpusExpectation[] = [
  file('dd-many_vuln.xml'),
  file('dd-no_vuln.xml'),
  file('dd-one_vuln.xml'),
  file('dd-report_detail_v2.xml'),
  file('dradis-report_v24.xml'),
  file('reconmap-openvas-test2.xml'),
];
