import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

/**
 * Distinct host|port|plugin over `results|` lines, where a Nikto plugin
 * also carries the URI it was found on (`GET : /uri: ...`).
 */
function countResults(file: string): number {
  const keys = new Set<string>();
  for (const line of readFileSync(realPath(file), 'utf8').split('\n')) {
    if (!line.startsWith('results|')) continue;
    const [, , host, port, id, , ...text] = line.split('|');
    const uri = / : (\/\S*?): /.exec(text.join('|'))?.[1] ?? '';
    keys.add([host, port, id, uri].join('|'));
  }

  return keys.size;
}

const NAMES = [
  'A.nbe',
  'AA.nbe',
  'AB.nbe',
  'B.nbe',
  'BA.nbe',
  'BB.nbe',
  'delta-AAAAAAA.nbe',
  'delta-BBBBBBB.nbe',
  'delta-none.nbe',
  'nikto_1host.nbe',
  'nikto_2hosts.nbe',
];

export const expectations: CorpusExpectation[] = NAMES.map((name) => ({
  file: `nbe/${name}`,
  format: 'nbe',
  expect: { count: () => countResults(`nbe/${name}`) },
}));
