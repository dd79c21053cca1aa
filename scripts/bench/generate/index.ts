import { ivilGenerator } from './ivil.js';
import { nbeGenerator } from './nbe.js';
import { nessusGenerator } from './nessus.js';
import { niktoJsonGenerator } from './nikto-json.js';
import { niktoXmlGenerator } from './nikto-xml.js';
import { nmapGenerator } from './nmap.js';
import { nucleiGenerator } from './nuclei.js';
import { openvasGenerator } from './openvas.js';
import { qualysGenerator } from './qualys.js';
import { ssllabsGenerator } from './ssllabs.js';
import { sslyzeJsonGenerator } from './sslyze-json.js';
import { sslyzeXmlGenerator } from './sslyze-xml.js';
import { testsslGenerator } from './testssl.js';
import type { Generator } from './types.js';
import { zapJsonGenerator } from './zap-json.js';
import { zapXmlGenerator } from './zap-xml.js';

/**
 * A generator per importer format (the registry's `format` names). The
 * bench walks the registry, so a format missing here is reported.
 */
export const GENERATORS: ReadonlyMap<string, Generator> = new Map([
  ['nessus', nessusGenerator],
  ['nmap', nmapGenerator],
  ['ivil', ivilGenerator],
  ['nikto-xml', niktoXmlGenerator],
  ['nikto-json', niktoJsonGenerator],
  ['zap-xml', zapXmlGenerator],
  ['zap-json', zapJsonGenerator],
  ['nbe', nbeGenerator],
  ['nuclei', nucleiGenerator],
  ['openvas', openvasGenerator],
  ['qualys', qualysGenerator],
  ['ssllabs', ssllabsGenerator],
  ['sslyze', sslyzeJsonGenerator],
  ['sslyze-xml', sslyzeXmlGenerator],
  ['testssl', testsslGenerator],
]);
