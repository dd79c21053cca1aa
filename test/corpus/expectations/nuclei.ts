import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

type Result = Record<string, unknown>;

/** JSON.parse of the whole file: one array, or one result per line. */
function readResults(file: string): Result[] {
  const text = readFileSync(realPath(file), 'utf8');
  if (text.trimStart().startsWith('[')) return JSON.parse(text) as Result[];

  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Result);
}

/**
 * Distinct target|template|matcher|path: where it matched (`matched-at`,
 * legacy `matched`, v3 `url`, else `host`) counted as host and port.
 */
function countResults(file: string): number {
  const keys = new Set<string>();
  for (const result of readResults(file)) {
    if (result['matcher-status'] === false) continue;
    const where = String(
      result['matched-at'] ?? result.matched ?? result.url ?? result.host ?? '',
    ).replace(/^\/(?=\w+:\/\/)/, '');
    const url = /^(\w+):\/\/([^/:]+)(?::(\d+))?(\/[^?#]*)?/.exec(where);
    const [, scheme, name, port, path] = url ?? [];
    const target = url
      ? `${name}:${port ?? scheme}:${path === '/' ? '' : (path ?? '')}`
      : where;
    keys.add(
      [
        target,
        result['template-id'] ?? result.templateID,
        result['matcher-name'] ?? result.matcher_name ?? '',
      ].join('|'),
    );
  }

  return keys.size;
}

const counted = (name: string): CorpusExpectation => ({
  file: `nuclei/${name}`,
  format: 'nuclei',
  expect: { count: () => countResults(`nuclei/${name}`) },
});

export const expectations: CorpusExpectation[] = [
  {
    file: 'nuclei/dd-empty.jsonl',
    format: 'nuclei',
    expect: { error: /the file is empty/ },
  },
  counted('dd-issue_14071.json'),
  counted('dd-many_findings.json'),
  counted('dd-many_findings_new.json'),
  counted('dd-multiple_v3.json'),
  counted('reconmap-nuclei.jsonl'),
  counted('scb-example-com-test.jsonl'),
  counted('scb-log4shell.jsonl'),
];
