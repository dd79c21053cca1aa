import type { Generator } from './types.js';
import { address, hostName, prose, randomFrom } from './vary.js';

/** Findings the importer makes of one result (checked on a 1-server file). */
const FINDINGS_PER_SERVER = 6;

const done = (result: unknown) => ({
  status: 'COMPLETED',
  error_reason: null,
  error_trace: null,
  result,
});

const suites = (version: string, names: string[]) =>
  done({
    tls_version_used: version,
    is_tls_version_supported: names.length > 0,
    accepted_cipher_suites: names.map((name) => ({
      cipher_suite: { name, key_size: 128, is_anonymous: false },
    })),
    rejected_cipher_suites: [],
  });

/** sslyze `--json_out` (schema 6): one server result per record. */
export const sslyzeJsonGenerator: Generator = {
  header: () =>
    '{\n  "invalid_server_strings": [],\n  "server_scan_results": [\n',

  record(index) {
    const random = randomFrom(index);
    const host = hostName(index);
    const server = {
      uuid: `0b7a3c1e-0000-4000-8000-${String(index).padStart(12, '0')}`,
      server_location: {
        hostname: host,
        port: 443,
        connection_type: 'DIRECT',
        ip_address: address(index),
      },
      connectivity_status: 'COMPLETED',
      scan_status: 'COMPLETED',
      scan_result: {
        certificate_info: done({
          certificate_deployments: [
            {
              received_certificate_chain: [
                {
                  not_valid_before: '2015-04-09T00:00:00Z',
                  not_valid_after: '2015-04-12T23:59:59Z',
                  subject: { rfc4514_string: `CN=${host}` },
                  issuer: { rfc4514_string: 'CN=Example Issuing CA' },
                },
              ],
              path_validation_results: [
                {
                  trust_store: { name: 'Mozilla', version: '2025' },
                  verified_certificate_chain: null,
                  validation_error: prose(random, 5, 30),
                },
              ],
            },
          ],
        }),
        ssl_3_0_cipher_suites: suites('SSL_3_0', ['TLS_RSA_WITH_RC4_128_SHA']),
        tls_1_2_cipher_suites: suites('TLS_1_2', [
          'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
        ]),
        heartbleed: done({ is_vulnerable_to_heartbleed: true }),
        robot: {
          status: 'ERROR',
          error_reason: 'BUG_IN_SSLYZE',
          error_trace: `Traceback:\n${prose(random, 20, 200)}`,
        },
        session_renegotiation: done({
          supports_secure_renegotiation: true,
          is_vulnerable_to_client_renegotiation_dos: true,
        }),
      },
    };

    const separator = index === 0 ? '    ' : ',\n    ';
    const text = separator + JSON.stringify(server);
    return { text, findings: FINDINGS_PER_SERVER };
  },

  footer: () =>
    '\n  ],\n  "date_scans_started": "2025-11-05T12:20:48.406772Z",\n' +
    '  "sslyze_version": "6.2.0"\n}\n',
};
