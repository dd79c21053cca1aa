import type { Generator } from './types.js';
import { address, hostName, prose, randomFrom } from './vary.js';

/** Items a host might show: kind, QID, severity, category, port, title. */
const ITEMS = [
  ['VULN', '11827', '4', 'Web server', '443', 'HTTP Header Injection'],
  ['VULN', '15033', '5', 'DNS and BIND', '53', 'BIND Remote Denial of Service'],
  ['PRACTICE', '38628', '3', 'TCP/IP', '443', 'TLSv1.0 supported'],
  ['INFO', '45038', '1', 'Information gathering', '', 'Host Scan Time'],
  ['SERVICE', '82023', '1', 'TCP/IP', '', 'Open TCP Services List'],
  ['VULN', '38173', '2', 'General remote services', '22', 'SSH weak MAC'],
] as const;

const SECTIONS = { VULN: 'VULNS', PRACTICE: 'PRACTICES', INFO: 'INFOS' };

/** A Qualys SCAN report: six detections per `<IP>`. */
export const qualysGenerator: Generator = {
  header: () =>
    '<?xml version="1.0" encoding="UTF-8" ?>\n' +
    '<!DOCTYPE SCAN SYSTEM "https://qualysguard.qualys.com/scan-1.dtd">\n' +
    '<SCAN value="scan/1772442000.12345">\n<HEADER>\n' +
    '  <KEY value="DATE">2026-03-02T09:00:00Z</KEY>\n' +
    '  <KEY value="STATUS">FINISHED</KEY>\n</HEADER>\n',

  record(index) {
    const random = randomFrom(index);
    const items = ITEMS.map(([kind, qid, severity, category, port, title]) => {
      const section = kind === 'SERVICE' ? 'SERVICES' : SECTIONS[kind];
      const where = port ? ` port="${port}" protocol="tcp"` : '';
      const diagnosis = prose(random, 20, 150);
      return (
        `  <${section}>\n    <CAT value="${category}"${where}>\n` +
        `      <${kind} number="${qid}" severity="${severity}">\n` +
        `        <TITLE><![CDATA[${title}]]></TITLE>\n` +
        `        <DIAGNOSIS><![CDATA[${diagnosis}]]></DIAGNOSIS>\n` +
        `        <SOLUTION><![CDATA[${prose(random, 5, 40)}]]></SOLUTION>\n` +
        `        <RESULT><![CDATA[${prose(random, 5, 80)}]]></RESULT>\n` +
        `      </${kind}>\n    </CAT>\n  </${section}>\n`
      );
    });

    const text =
      `<IP value="${address(index)}" name="${hostName(index)}">\n` +
      `  <OS><![CDATA[Linux 5.x]]></OS>\n${items.join('')}</IP>\n`;
    return { text, findings: ITEMS.length };
  },

  footer: () => '</SCAN>\n',
};
