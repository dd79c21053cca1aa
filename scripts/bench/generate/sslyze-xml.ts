import type { Generator } from './types.js';
import { address, hostName, prose, randomFrom, xmlAttribute } from './vary.js';

/** Findings the importer makes of one target (checked on a 1-target file). */
const FINDINGS_PER_TARGET = 5;

/** sslyze 1.x/2.x `--xml_out`: one `<target>` per record. */
export const sslyzeXmlGenerator: Generator = {
  header: () =>
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<document SSLyzeVersion="2.0.6" title="SSLyze Scan Results">\n' +
    '  <results totalScanTime="5.49">\n',

  record(index) {
    const random = randomFrom(index);
    const host = hostName(index);
    const robotError = xmlAttribute(prose(random, 5, 60));
    const text =
      `    <target host="${host}" ip="${address(index)}" port="443"` +
      ' tlsWrappedProtocol="https">\n' +
      '      <certinfo title="Certificate Information">\n' +
      '        <certificateValidation>\n' +
      '          <hostnameValidation certificateMatchesServerHostname="False"' +
      ` serverHostname="${host}"/>\n` +
      '          <pathValidation usingTrustStore="Mozilla"' +
      ` validationResult="${xmlAttribute(prose(random, 3, 30))}"/>\n` +
      '        </certificateValidation>\n' +
      '        <ocspStapling isSupported="False"/>\n' +
      '      </certinfo>\n' +
      '      <heartbleed title="OpenSSL Heartbleed">\n' +
      '        <openSslHeartbleed isVulnerable="True"/>\n' +
      '      </heartbleed>\n' +
      `      <robot title="ROBOT Attack" exception="${robotError}"/>\n` +
      '      <sslv2 isProtocolSupported="True" title="SSLV2 Cipher Suites">\n' +
      '        <acceptedCipherSuites>\n' +
      '          <cipherSuite anonymous="False" keySize="40"' +
      ' name="SSL_CK_RC4_128_EXPORT40_WITH_MD5"/>\n' +
      '        </acceptedCipherSuites>\n' +
      '      </sslv2>\n' +
      '      <reneg title="Session Renegotiation">\n' +
      '        <sessionRenegotiation canBeClientInitiated="True"' +
      ' isSecure="False"/>\n' +
      '      </reneg>\n' +
      '    </target>\n';
    return { text, findings: FINDINGS_PER_TARGET };
  },

  footer: () => '  </results>\n</document>\n',
};
