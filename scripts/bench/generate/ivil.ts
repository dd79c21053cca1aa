import type { Generator } from './types.js';
import { address, hostName, pick, prose, randomFrom, xml } from './vary.js';

const CHECKS = ['os', 'server-banner', 'robots', 'proxy', 'dns-recursion'];
const PORTS = ['80/tcp', '443/tcp', '53/udp', 'general/tcp'];

/** IVIL (Seccubus interchange): one finding per record, five per host. */
export const ivilGenerator: Generator = {
  header: () =>
    '<?xml version="1.0" standalone=\'yes\'?>\n<IVIL version="0.2">\n' +
    '<addressee><program>Seccubus</program></addressee>\n' +
    '<sender><scanner_type>Nikto</scanner_type>' +
    '<timestamp>20250303114501</timestamp></sender>\n<findings>\n',

  record(index) {
    const random = randomFrom(index);
    const host = Math.floor(index / CHECKS.length);
    const text =
      '<finding>\n' +
      `<ip>${address(host)}</ip>\n` +
      `<hostname>${hostName(host)}</hostname>\n` +
      `<port>${pick(random, PORTS)}</port>\n` +
      `<id>${CHECKS[index % CHECKS.length]}</id>\n` +
      `<severity>${index % 5}</severity>\n` +
      `<finding_txt>${xml(prose(random, 20, 250))}</finding_txt>\n` +
      '</finding>\n';
    return { text, findings: 1 };
  },

  footer: () => '</findings>\n</IVIL>\n',
};
