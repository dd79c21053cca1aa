import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

/** IVIL ports as sectriage writes them: `general` for none or general. */
function port(raw: string): string {
  if (/^(|0|0\/\w+|(general|generic)(\/\w*)?)$/i.test(raw)) return 'general';

  return raw.toLowerCase();
}

/** Counts distinct host|port|id over the raw `<finding>` elements. */
function countIvil(file: string): number {
  const xml = readFileSync(realPath(file), 'utf8');
  const keys = new Set<string>();

  for (const [, finding = ''] of xml.matchAll(
    /<finding>([\s\S]*?)<\/finding>/g,
  )) {
    const field = (name: string) =>
      new RegExp(`<${name}>([^<]*)</${name}>`).exec(finding)?.[1]?.trim() ?? '';
    const host = field('ip') || field('hostname');
    keys.add(`${host}|${port(field('port'))}|${field('id')}`);
  }

  return keys.size;
}

const counted = (name: string): CorpusExpectation => ({
  file: `ivil/${name}`,
  format: 'ivil',
  expect: { count: () => countIvil(`ivil/${name}`) },
});

export const expectations: CorpusExpectation[] = [
  counted('A.ivil.xml'),
  counted('AA.ivil.xml'),
  counted('AB.ivil.xml'),
  counted('B.ivil.xml'),
  counted('BA.ivil.xml'),
  counted('BB.ivil.xml'),
  counted('OpenVAS3.0.1.example.issue7.ivil.xml'),
  counted('big.ivil.xml'),
  counted('compliance.ivil.xml'),
  counted('delta-AAAAAAA-changes.ivil.xml'),
  counted('delta-AAAAAAA.ivil.xml'),
  counted('delta-AAAAAAAAA.ivil.xml'),
  counted('delta-BBBBBBB.ivil.xml'),
  counted('delta-BBBBBBBB.ivil.xml'),
  counted('delta-none.ivil.xml'),
  counted('filter.ivil.xml'),
  counted('nikto_1host.ivil.xml'),
  counted('nikto_2hosts.ivil.xml'),
  counted('nmap.ivil.xml'),
  counted('nmap_script_output.ivil.xml'),
  counted('ssllabs-schubergphilis.ivil.xml'),
  counted('ssllabs-seccubus.ivil.xml'),
  counted('unicode.ivil.xml'),
  counted('x.ivil.xml'),
  counted('y.ivil.xml'),
];
