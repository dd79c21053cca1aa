import { niktoTarget, RESULTS_PER_TARGET } from './nikto-results.js';
import type { Generator } from './types.js';
import { xml, xmlAttribute } from './vary.js';

/** Nikto `-Format xml`, one inner `niktoscan` per target (new layout). */
export const niktoXmlGenerator: Generator = {
  header: () =>
    '<?xml version="1.0" ?>\n' +
    '<!DOCTYPE niktoscan SYSTEM "docs/nikto.dtd">\n<niktoscan>\n',

  record(index) {
    const target = niktoTarget(index);
    const site = `http://${target.hostname}:${target.port}`;
    const items = target.results.map(
      (result) =>
        `<item id="${result.id}" osvdbid="0" osvdblink=""` +
        ` method="${result.method}">\n` +
        `<description><![CDATA[${result.message}]]></description>\n` +
        `<uri><![CDATA[${result.uri}]]></uri>\n` +
        `<namelink><![CDATA[${site}${result.uri}]]></namelink>\n` +
        '</item>\n',
    );

    const text =
      `<niktoscan hoststest="${index}" version="2.1.6" nxmlversion="1.2">\n` +
      `<scandetails targetip="${target.ip}"` +
      ` targethostname="${xmlAttribute(target.hostname)}"` +
      ` targetport="${target.port}" targetbanner="nginx"` +
      ' starttime="2026-03-03 09:00:02"' +
      ` sitename="${xml(site)}/" errors="0" checks="6544">\n` +
      `${items.join('')}` +
      '<statistics elapsed="402" itemsfound="10" itemstested="6544"/>\n' +
      '</scandetails>\n</niktoscan>\n';
    return { text, findings: RESULTS_PER_TARGET };
  },

  footer: () => '</niktoscan>\n',
};
