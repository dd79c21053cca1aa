import type { Generator } from './types.js';
import { address, hostName, pick, prose, randomFrom } from './vary.js';

/** Checks per target: id, severity; cert_* findings carry long text. */
const CHECKS = [
  ['service', 'INFO'],
  ['SSLv3', 'HIGH'],
  ['TLS1_2', 'OK'],
  ['heartbleed', 'CRITICAL'],
  ['cert_commonName', 'OK'],
  ['cert_chain_of_trust', 'MEDIUM'],
  ['cert_subjectAltName', 'INFO'],
  ['BREACH', 'MEDIUM'],
  ['DNS_CAArecord', 'LOW'],
  ['cipherlist_3DES_IDEA', 'LOW'],
] as const;

/** testssl.sh flat JSON (`--jsonfile`): ten entries per target. */
export const testsslGenerator: Generator = {
  header: () => '[\n',

  record(index) {
    const random = randomFrom(index);
    const ip = `${hostName(index)}/${address(index)}`;
    const port = pick(random, ['443', '8443', '993']);
    const entries = CHECKS.map(([id, severity]) =>
      JSON.stringify({
        id,
        ip,
        port,
        severity,
        finding: id.startsWith('cert_')
          ? prose(random, 20, 200)
          : prose(random, 1, 12),
        cve: '',
        cwe: 'CWE-327',
      }),
    );

    const separator = index === 0 ? '  ' : ',\n  ';
    return { text: separator + entries.join(',\n  '), findings: CHECKS.length };
  },

  footer: () => '\n]\n',
};
