import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

/** Ids about the run or the scanning machine, which the importer drops. */
const DROPPED = new Set(['scanTime', 'engine_problem', 'HTTP_headerTime']);

interface Entry {
  id: string;
  ip?: string;
  port?: string;
}

/** Distinct address|port|id over the flat `--jsonfile` array. */
function countFlat(file: string): number {
  const entries = JSON.parse(readFileSync(realPath(file), 'utf8')) as Entry[];
  const keys = new Set<string>();
  for (const entry of entries) {
    if (DROPPED.has(entry.id)) continue;
    const [name, address] = (entry.ip ?? '').split('/');
    keys.add(`${address || name}|${entry.port}|${entry.id}`);
  }

  return keys.size;
}

/** Distinct address|port|id over every section of every scanResult. */
function countPretty(file: string): number {
  const document = JSON.parse(readFileSync(realPath(file), 'utf8')) as {
    scanResult: Record<string, unknown>[];
  };
  const keys = new Set<string>();
  for (const result of document.scanResult) {
    if (result.service) keys.add(`${result.ip}|${result.port}|service`);
    for (const section of Object.values(result)) {
      if (!Array.isArray(section)) continue;
      for (const entry of section as Entry[]) {
        if (DROPPED.has(entry.id)) continue;
        keys.add(`${result.ip}|${result.port}|${entry.id}`);
      }
    }
  }

  return keys.size;
}

const flat = (name: string): CorpusExpectation => ({
  file: `testssl/${name}`,
  format: 'testssl',
  expect: { count: () => countFlat(`testssl/${name}`) },
});

const pretty = (name: string): CorpusExpectation => ({
  file: `testssl/${name}`,
  format: 'testssl',
  expect: { count: () => countPretty(`testssl/${name}`) },
});

export const expectations: CorpusExpectation[] = [
  flat('parserssl-cincoamor.com_p443.json'),
  flat('parserssl-kpmg.com_p443.json'),
  flat('parserssl-tesla.com_p443.json'),
  pretty('reconmap-testssl.json'),
  pretty('tsmerger-172.217.22.35_p443.json'),
];
