import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

const read = (file: string) => readFileSync(realPath(file), 'utf8');

const tag = (block: string, name: string) =>
  new RegExp(`<${name}>(?:<!\\[CDATA\\[)?([^<\\]]*)`).exec(block)?.[1] ?? '';

/** ASSET_DATA_REPORT: distinct IP|port|QID over each host's VULN_INFOs. */
function countDetections(file: string): number {
  const keys = new Set<string>();
  for (const host of read(file).split('<HOST>').slice(1)) {
    const ip = tag(host, 'IP');
    for (const detection of host.split('<VULN_INFO>').slice(1)) {
      const port = tag(detection, 'PORT');
      const protocol = tag(detection, 'PROTOCOL') || 'tcp';
      const qid = />(\d+)<\/QID>/.exec(detection)?.[1];
      keys.add(`${ip}|${port ? `${port}/${protocol}` : 'general'}|${qid}`);
    }
  }

  return keys.size;
}

/** SCAN: distinct IP|CAT port|number over items inside each CAT. */
function countScanItems(file: string): number {
  const keys = new Set<string>();
  for (const ip of read(file).split('<IP value="').slice(1)) {
    const address = ip.slice(0, ip.indexOf('"'));
    for (const category of ip.split('<CAT ').slice(1)) {
      const opening = category.slice(0, category.indexOf('>'));
      const port = /port="(\d+)"/.exec(opening)?.[1];
      const protocol = /protocol="(\w+)"/.exec(opening)?.[1] ?? 'tcp';
      const items = category.matchAll(
        /<(?:VULN|INFO|SERVICE|PRACTICE) number="(\d+)"/g,
      );
      for (const [, number] of items) {
        keys.add(`${address}|${port ? `${port}/${protocol}` : ''}|${number}`);
      }
    }
  }

  return keys.size;
}

/** WAS_SCAN_REPORT: distinct QID|URL over the VULNERABILITY entries. */
function countWebFindings(file: string): number {
  const keys = new Set<string>();
  const list = read(file).split('<VULNERABILITY_LIST>')[1] ?? '';
  for (const entry of list.split('<VULNERABILITY>').slice(1)) {
    keys.add(`${tag(entry, 'QID')}|${tag(entry, 'URL')}`);
  }

  return keys.size;
}

const expectation = (
  name: string,
  count: (file: string) => number,
): CorpusExpectation => ({
  file: `qualys/${name}`,
  format: 'qualys',
  expect: { count: () => count(`qualys/${name}`) },
});

export const expectations: CorpusExpectation[] = [
  expectation('dd-Qualys_Sample_Report.xml', countDetections),
  expectation('dd-empty.xml', countDetections),
  expectation('dradis-simple.xml', countScanItems),
  expectation('dradis-simple_was.xml', countWebFindings),
  expectation('dradis-two_hosts_common_issue.xml', countScanItems),
];
