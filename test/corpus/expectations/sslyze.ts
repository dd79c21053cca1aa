import { readFileSync } from 'node:fs';
import type { CorpusExpectation } from '../expectation.js';
import { realPath } from '../real-fixtures.js';

/** The scan commands the importer turns into findings. */
const COMMANDS = new Set([
  'certificate_info',
  'heartbleed',
  'openssl_ccs_injection',
  'robot',
  'session_renegotiation',
  'session_resumption',
  'tls_compression',
  'tls_fallback_scsv',
  'tls_1_3_early_data',
  'tls_extended_master_secret',
  'elliptic_curves',
  'http_headers',
  'ssl_2_0_cipher_suites',
  'ssl_3_0_cipher_suites',
  'tls_1_0_cipher_suites',
  'tls_1_1_cipher_suites',
  'tls_1_2_cipher_suites',
  'tls_1_3_cipher_suites',
]);

interface Attempt {
  status?: string;
  result?: unknown;
}

interface ServerResult {
  connectivity_status?: string;
  scan_result?: Record<string, Attempt> | null;
  scan_commands_results?: Record<string, unknown>;
}

/**
 * Per reachable target: each listed command that completed (new schema)
 * or is present (old schema); plus one finding per unreachable target.
 */
function countJson(file: string): number {
  const document = JSON.parse(readFileSync(realPath(file), 'utf8')) as {
    server_scan_results: ServerResult[];
  };
  let count = 0;
  for (const server of document.server_scan_results) {
    if (server.connectivity_status === 'ERROR') {
      count += 1;
      continue;
    }
    for (const [command, attempt] of Object.entries(server.scan_result ?? {})) {
      const done =
        (attempt.status === 'COMPLETED' && attempt.result) ||
        attempt.status === 'ERROR';
      if (COMMANDS.has(command) && done) count += 1;
    }
    for (const command of Object.keys(server.scan_commands_results ?? {})) {
      if (COMMANDS.has(command)) count += 1;
    }
  }

  return count;
}

/** Plugin elements of the legacy XML, counted in the raw text. */
function countXml(file: string): number {
  const text = readFileSync(realPath(file), 'utf8');
  const names = [
    'certinfo',
    'compression',
    'fallback',
    'heartbleed',
    'openssl_ccs',
    'reneg',
    'resum',
    'robot',
    'sslv2',
    'sslv3',
    'tlsv1',
    'tlsv1_1',
    'tlsv1_2',
    'tlsv1_3',
  ];
  const plugins = new RegExp(`<(${names.join('|')})[\\s>]`, 'g');
  return text.match(plugins)?.length ?? 0;
}

const json = (name: string): CorpusExpectation => ({
  file: `sslyze/${name}`,
  format: 'sslyze',
  expect: { count: () => countJson(`sslyze/${name}`) },
});

export const expectations: CorpusExpectation[] = [
  json('dd-one_target_many_vuln_new.json'),
  json('dd-one_target_zero_vuln_old.json'),
  {
    file: 'sslyze/dd-report_one_target_one_vuln.xml',
    format: 'sslyze-xml',
    expect: {
      count: () => countXml('sslyze/dd-report_one_target_one_vuln.xml'),
    },
  },
  json('scb-expired.badssl.com.json'),
  // `[]`: detection refuses to guess; `--format sslyze` gives no findings.
  {
    file: 'sslyze/scb-test-empty-report.json',
    format: 'sslyze',
    expect: { error: /not a scan format/ },
  },
  // The only server could not be reached: nothing was scanned.
  {
    file: 'sslyze/scb-unavailable-host.json',
    format: 'sslyze',
    expect: { error: /could not reach any server.*timed out/ },
  },
  json('sslyze-sslyze_output.json'),
];
