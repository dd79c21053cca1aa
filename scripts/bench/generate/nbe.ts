import type { Generator } from './types.js';
import { address, prose, randomFrom } from './vary.js';

/** Results a host might show: port field, plugin id, type. */
const RESULTS = [
  ['ssh (22/tcp)', '10267', 'Security Note'],
  ['general/tcp', '11936', 'Security Note'],
  ['www (80/tcp)', '10107', 'Security Warning'],
  ['snmp (161/udp)', '10264', 'Security Hole'],
  ['https (443/tcp)', '51192', 'Security Warning'],
] as const;

/** Nessus NBE: a host's timestamps and five result lines. */
export const nbeGenerator: Generator = {
  header: () => 'timestamps|||scan_start|Mon Mar  2 09:00:05 2026|\n',

  record(index) {
    const random = randomFrom(index);
    const host = address(index);
    const subnet = host.split(/[.:]/).slice(0, 3).join('.');
    const lines = RESULTS.map(([port, id, type]) => {
      const text = prose(random, 10, 200).replace(/\n/g, '\\n');
      return `results|${subnet}|${host}|${port}|${id}|${type}|${text}\\n\n`;
    });

    const text =
      `timestamps||${host}|host_start|Mon Mar  2 09:00:07 2026|\n` +
      lines.join('') +
      `timestamps||${host}|host_end|Mon Mar  2 09:14:51 2026|\n`;
    return { text, findings: RESULTS.length };
  },

  footer: () => 'timestamps|||scan_end|Mon Mar  2 09:14:52 2026|\n',
};
