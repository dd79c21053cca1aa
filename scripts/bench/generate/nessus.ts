import type { Generator } from './types.js';
import { address, hostName, prose, randomFrom, xml } from './vary.js';

/** Plugins a host might show: id, port, service, severity, risk, name. */
const PLUGINS = [
  [19506, 0, 'general', 0, 'None', 'Nessus Scan Information'],
  [22964, 22, 'ssh', 0, 'None', 'Service Detection'],
  [10114, 0, 'general', 0, 'None', 'ICMP Timestamp Request'],
  [187201, 5432, 'postgresql', 3, 'High', 'PostgreSQL 13.x < 13.14'],
  [42873, 443, 'www', 2, 'Medium', 'SSL Medium Strength Cipher Suites'],
  [51192, 443, 'www', 2, 'Medium', 'SSL Certificate Cannot Be Trusted'],
  [11219, 80, 'www', 0, 'None', 'Nessus SYN scanner'],
  [10107, 80, 'www', 0, 'None', 'HTTP Server Type and Version'],
  [57608, 445, 'cifs', 2, 'Medium', 'SMB Signing not required'],
  [97833, 445, 'cifs', 4, 'Critical', 'MS17-010: Security Update for SMB'],
  [70658, 22, 'ssh', 1, 'Low', 'SSH Server CBC Mode Ciphers Enabled'],
  [156032, 8080, 'www', 4, 'Critical', 'Apache Log4Shell RCE'],
] as const;

const ITEMS_PER_HOST = 8;

/**
 * A `.nessus` v2 report: per host its properties and eight report items
 * with long descriptions and plugin output.
 */
export const nessusGenerator: Generator = {
  header: () =>
    '<?xml version="1.0" ?>\n<NessusClientData_v2>\n' +
    '<Policy><policyName>Bench</policyName></Policy>\n' +
    '<Report name="Bench" xmlns:cm="http://www.nessus.org/cm">\n',

  record(index) {
    const random = randomFrom(index);
    const ip = address(index);
    const items: string[] = [];
    for (let item = 0; item < ITEMS_PER_HOST; item++) {
      const plugin = PLUGINS[(index + item) % PLUGINS.length];
      if (!plugin) continue;
      const [id, port, service, severity, risk, name] = plugin;
      items.push(
        `<ReportItem port="${port}" svc_name="${service}" protocol="tcp"` +
          ` severity="${severity}" pluginID="${id}"` +
          ` pluginName="${xml(name)}" pluginFamily="General">\n` +
          `<description>${xml(prose(random, 40, 300))}</description>\n` +
          `<plugin_name>${xml(name)}</plugin_name>\n` +
          `<risk_factor>${risk}</risk_factor>\n` +
          `<solution>${xml(prose(random, 5, 30))}</solution>\n` +
          `<synopsis>${xml(prose(random, 5, 20))}</synopsis>\n` +
          `<plugin_output>${xml(prose(random, 10, 200))}</plugin_output>\n` +
          '</ReportItem>\n',
      );
    }

    const text =
      `<ReportHost name="${ip}"><HostProperties>\n` +
      '<tag name="HOST_START_TIMESTAMP">1741002301</tag>\n' +
      `<tag name="host-ip">${ip}</tag>\n` +
      `<tag name="host-fqdn">${hostName(index)}</tag>\n` +
      '</HostProperties>\n' +
      `${items.join('')}</ReportHost>\n`;
    return { text, findings: ITEMS_PER_HOST };
  },

  footer: () => '</Report>\n</NessusClientData_v2>\n',
};
