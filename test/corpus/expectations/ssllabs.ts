import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

/** Endpoint detail properties that each become one finding when present. */
const CHECKED = [
  'heartbleed',
  'poodle',
  'freak',
  'logjam',
  'drownVulnerable',
  'vulnBeast',
  'supportsRc4',
  'openSslCcs',
  'openSSLLuckyMinus20',
  'ticketbleed',
  'bleichenbacher',
  'poodleTls',
  'zombiePoodle',
  'goldenDoodle',
  'zeroLengthPaddingOracle',
  'sleepingPoodle',
  'fallbackScsv',
  'forwardSecrecy',
  'renegSupport',
  'hstsPolicy',
];

interface Endpoint {
  ipAddress: string;
  statusMessage?: string;
  grade?: string;
  details?: Record<string, unknown> & {
    protocols?: { id: number }[];
    suites?: { protocol: number }[];
    certChains?: unknown[];
  };
}

/**
 * Distinct address|port|check: the grade, a status other than Ready,
 * each protocol, each protocol's suite list, each certificate chain and
 * each checked property present.
 */
function countEndpoints(file: string): number {
  const parsed = JSON.parse(readFileSync(realPath(file), 'utf8')) as unknown;
  const documents = (Array.isArray(parsed) ? parsed : [parsed]) as {
    port?: number;
    endpoints?: Endpoint[];
    ipAddress?: string;
  }[];
  const keys = new Set<string>();
  for (const document of documents) {
    const port = document.port ?? 443;
    const endpoints = document.endpoints ?? [document as Endpoint];
    for (const endpoint of endpoints) {
      const add = (check: string) =>
        keys.add(`${endpoint.ipAddress}|${port}|${check}`);
      const details = endpoint.details ?? {};
      if (endpoint.grade) add('grade');
      if (endpoint.statusMessage && endpoint.statusMessage !== 'Ready') {
        add('status');
      }
      for (const protocol of details.protocols ?? []) add(`p${protocol.id}`);
      for (const suites of details.suites ?? []) add(`s${suites.protocol}`);
      const chains = details.certChains ?? [];
      for (let index = 0; index < chains.length; index += 1) add(`c${index}`);
      for (const check of CHECKED) {
        if (details[check] !== undefined && details[check] !== null) {
          add(check);
        }
      }
    }
  }

  return keys.size;
}

const counted = (name: string): CorpusExpectation => ({
  file: `ssllabs/${name}`,
  format: 'ssllabs',
  expect: { count: () => countEndpoints(`ssllabs/${name}`) },
});

export const expectations: CorpusExpectation[] = [
  // `[]` is an empty report of several JSON formats: detection refuses to
  // guess, and `--format ssllabs` reads it as zero findings.
  {
    file: 'ssllabs/dd-none.json',
    format: 'ssllabs',
    expect: { error: /not a scan format/ },
  },
  counted('dd-ssl_labs_3des_v1.5.0.json'),
  counted('dd-ssl_labs_multiple_v1.5.0.json'),
  counted('dd-ssl_labs_ok_v1.5.0.json'),
  counted('dd-ssl_labs_revoked_v1.5.0.json'),
  counted('devolo-endpoint.json'),
  counted('keltia-lbl.json'),
  // A PENDING assessment, and cut off: it ends in `],\n}`.
  {
    file: 'ssllabs/keltia-ssllabs-partial.json',
    format: 'ssllabs',
    expect: { error: /malformed JSON|not finished/ },
  },
  counted('keltia-ssllabs.json'),
];
