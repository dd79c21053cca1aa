import type { Generator } from './types.js';
import { address, hostName, pick, prose, randomFrom, xml } from './vary.js';

/** NVTs a host might show: OID suffix, port, threat, score, name. */
const NVTS = [
  ['999101', '443/tcp', 'High', '9.8', 'Apache HTTP Server Request Smuggling'],
  ['103955', '443/tcp', 'Medium', '5.0', 'SSL/TLS: Certificate Expired'],
  ['105937', 'general/tcp', 'Log', '0.0', 'OS Detection Consolidation'],
  ['105611', '22/tcp', 'Medium', '4.3', 'SSH Weak Encryption Algorithms'],
  ['108440', '80/tcp', 'Low', '2.6', 'Cleartext Transmission of Data'],
  ['117628', '3306/tcp', 'High', '7.5', 'MySQL / MariaDB Default Credentials'],
] as const;

/** GVM's nested `<report><report>` export: six results per host. */
export const openvasGenerator: Generator = {
  header: () =>
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<report id="5d0c7c62-0c1e-4a8e-9d1c-7f1f2a3b4c5d" extension="xml">\n' +
    '  <report id="5d0c7c62-0c1e-4a8e-9d1c-7f1f2a3b4c5d">\n' +
    '    <gmp><version>22.4</version></gmp>\n' +
    '    <scan_run_status>Done</scan_run_status>\n' +
    '    <scan_start>2026-03-02T09:00:12Z</scan_start>\n' +
    '    <results start="1" max="-1">\n',

  record(index) {
    const random = randomFrom(index);
    const results = NVTS.map(([oid, port, threat, score, name], at) => {
      const summary = xml(prose(random, 20, 120));
      return (
        `      <result id="r-${index}-${at}">\n` +
        `        <name>${xml(name)}</name>\n` +
        `        <host>${address(index)}<asset asset_id="a-${index}"/>` +
        `<hostname>${hostName(index)}</hostname></host>\n` +
        `        <port>${port}</port>\n` +
        `        <nvt oid="1.3.6.1.4.1.25623.1.0.${oid}">\n` +
        `          <name>${xml(name)}</name>\n` +
        `          <cvss_base>${score}</cvss_base>\n` +
        `          <tags>summary=${summary}|solution=${pick(random, [
          'Update to the latest version.',
          'Disable the affected service.',
        ])}</tags>\n` +
        '        </nvt>\n' +
        `        <threat>${threat}</threat>\n` +
        `        <severity>${score}</severity>\n` +
        `        <description>${xml(prose(random, 10, 150))}</description>\n` +
        '      </result>\n'
      );
    });
    return { text: results.join(''), findings: NVTS.length };
  },

  footer: () =>
    '    </results>\n' +
    '    <scan_end>2026-03-02T10:41:02Z</scan_end>\n' +
    '  </report>\n</report>\n',
};
