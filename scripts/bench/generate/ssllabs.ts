import type { Generator } from './types.js';
import { address, hostName, prose, randomFrom } from './vary.js';

/** Findings the importer makes of one report (checked on a 1-host file). */
const FINDINGS_PER_HOST = 12;

/**
 * SSL Labs API reports (`[{host, endpoints: [...]}, ...]`, as
 * ssllabs-scan writes them): one report per host, one endpoint each.
 */
export const ssllabsGenerator: Generator = {
  header: () => '[\n',

  record(index) {
    const random = randomFrom(index);
    const host = hostName(index);
    const report = {
      host,
      port: 443,
      protocol: 'http',
      isPublic: false,
      status: 'READY',
      startTime: 1700000000000,
      testTime: 1700000090000,
      engineVersion: '2.2.0',
      criteriaVersion: '2009q',
      endpoints: [
        {
          ipAddress: address(index),
          serverName: host,
          statusMessage: 'Ready',
          grade: 'T',
          gradeTrustIgnored: 'B',
          hasWarnings: true,
          details: {
            certChains: [
              {
                id: `chain-${index}`,
                certIds: [`leaf-${index}`],
                trustPaths: [
                  {
                    certIds: [`leaf-${index}`],
                    trust: [
                      {
                        rootStore: 'Mozilla',
                        isTrusted: false,
                        trustErrorMessage: prose(random, 5, 40),
                      },
                    ],
                  },
                ],
                issues: 2,
              },
            ],
            protocols: [
              { id: 768, name: 'SSL', version: '3.0' },
              { id: 771, name: 'TLS', version: '1.2' },
            ],
            heartbleed: true,
            poodle: true,
            supportsRc4: true,
            openSslCcs: 3,
            bleichenbacher: 2,
            forwardSecrecy: 2,
            fallbackScsv: false,
            hstsPolicy: { status: 'absent', directives: {} },
          },
        },
      ],
      certs: [
        {
          id: `leaf-${index}`,
          subject: `CN=${host}, O=${prose(random, 2, 20)}`,
          issuerSubject: 'CN=Example CA',
          notBefore: 1690000000000,
          notAfter: 1720000000000,
          sigAlg: 'SHA256withRSA',
          keyAlg: 'RSA',
          keySize: 2048,
        },
      ],
    };

    const separator = index === 0 ? '' : ',\n';
    const text = separator + JSON.stringify(report, null, 2);
    return { text, findings: FINDINGS_PER_HOST };
  },

  footer: () => '\n]\n',
};
