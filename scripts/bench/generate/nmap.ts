import type { Generator } from './types.js';
import {
  address,
  hostName,
  pick,
  prose,
  randomFrom,
  xmlAttribute,
} from './vary.js';

const SERVICES = [
  { port: 22, name: 'ssh', product: 'OpenSSH', script: 'ssh-hostkey' },
  { port: 25, name: 'smtp', product: 'Postfix smtpd', script: 'smtp-commands' },
  { port: 80, name: 'http', product: 'nginx', script: 'http-headers' },
  { port: 443, name: 'https', product: 'Apache httpd', script: 'ssl-cert' },
  { port: 3306, name: 'mysql', product: 'MySQL', script: 'mysql-info' },
  { port: 8080, name: 'http-proxy', product: 'Jetty', script: 'http-title' },
] as const;

const OS_NAMES = ['Linux 5.0 - 5.14', 'Linux 4.15 - 5.8', 'FreeBSD 13.1'];

/**
 * Nmap `-oX` with service and script scans: per host four open ports,
 * each with a script result, a host script and an OS guess (ten findings).
 */
export const nmapGenerator: Generator = {
  header: () =>
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nmaprun>\n' +
    '<nmaprun scanner="nmap" args="nmap -sV -O -sC -oX bench.xml 10.0.0.0/8"' +
    ' start="1740993302" version="7.94" xmloutputversion="1.05">\n' +
    '<scaninfo type="syn" protocol="tcp" numservices="6"' +
    ' services="22,25,80,443,3306,8080"/>\n',

  record(index) {
    const random = randomFrom(index);
    const first = index % SERVICES.length;
    const ports = [0, 1, 2, 3].map(
      (offset) => SERVICES[(first + offset) % SERVICES.length],
    );
    const portXml = ports.map((service) => {
      if (!service) return '';
      const output = xmlAttribute(`\n${prose(random, 20, 120)}`);
      return (
        `<port protocol="tcp" portid="${service.port}">` +
        '<state state="open" reason="syn-ack" reason_ttl="64"/>' +
        `<service name="${service.name}" product="${service.product}"` +
        ` version="${1 + (index % 9)}.${index % 23}" method="probed"` +
        ' conf="10"/>' +
        `<script id="${service.script}" output="${output}"/></port>\n`
      );
    });
    const whois = xmlAttribute(prose(random, 10, 60));
    const family = index % 7 === 6 ? 'ipv6' : 'ipv4';
    const os = pick(random, OS_NAMES);

    const text =
      `<host starttime="1740993303" endtime="1740993361">` +
      '<status state="up" reason="syn-ack" reason_ttl="64"/>\n' +
      `<address addr="${address(index)}" addrtype="${family}"/>\n` +
      `<hostnames><hostname name="${hostName(index)}" type="PTR"/>` +
      '</hostnames>\n' +
      `<ports>${portXml.join('')}</ports>\n` +
      `<os><osmatch name="${os}" accuracy="98" line="1"/></os>\n` +
      `<hostscript><script id="whois-ip" output="${whois}"/>` +
      '</hostscript>\n' +
      '<times srtt="312" rttvar="140" to="100000"/>\n</host>\n';
    return { text, findings: 10 };
  },

  footer: () =>
    '<runstats><finished time="1740993361" elapsed="59.12" exit="success"/>' +
    '<hosts up="1" down="0" total="1"/></runstats>\n</nmaprun>\n',
};
