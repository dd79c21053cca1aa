import { readHead } from './file-text.js';
import { ivilImporter } from './ivil.js';
import { nbeImporter } from './nbe.js';
import { nessusImporter } from './nessus.js';
import { niktoJson } from './nikto-json.js';
import { niktoXml } from './nikto-xml.js';
import { nmapImporter } from './nmap.js';
import { nucleiImporter } from './nuclei.js';
import { openvasImporter } from './openvas.js';
import { qualysImporter } from './qualys.js';
import { ssllabsImporter } from './ssllabs.js';
import { sslyzeJsonImporter } from './sslyze-json.js';
import { sslyzeXmlImporter } from './sslyze-xml.js';
import { testsslImporter } from './testssl.js';
import { type Importer, ScanFileError } from './types.js';
import { zapJson } from './zap-json.js';
import { zapXml } from './zap-xml.js';

/**
 * Every importer, in detection order: formats whose signature is more
 * specific come before the ones they could be mistaken for.
 */
export const IMPORTERS: readonly Importer[] = [
  nessusImporter,
  nmapImporter,
  ivilImporter,
  openvasImporter,
  qualysImporter,
  sslyzeXmlImporter,
  niktoXml,
  zapXml,
  testsslImporter,
  ssllabsImporter,
  sslyzeJsonImporter,
  zapJson,
  niktoJson,
  nucleiImporter,
  nbeImporter,
];

export function importerByFormat(format: string): Importer | undefined {
  return IMPORTERS.find((importer) => importer.format === format);
}

/** Finds the importer for a file by looking at its first 64 KiB. */
export async function detectImporter(path: string): Promise<Importer> {
  const head = await readHead(path);
  if (head.trim() === '')
    throw new ScanFileError('the file is empty', 'line 1');

  const importer = IMPORTERS.find((candidate) => candidate.detect(head));
  if (!importer) {
    const formats = IMPORTERS.map((candidate) => candidate.format).join(', ');
    throw new ScanFileError(
      `not a scan format sectriage reads (known: ${formats}); ` +
        'use --format to force one',
      'line 1',
    );
  }

  return importer;
}
