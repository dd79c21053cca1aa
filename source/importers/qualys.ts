import { readHead } from './file-text.js';
import { readAssetDataReport } from './qualys/asset-data-report.js';
import { readGlossary } from './qualys/glossary.js';
import { readScanReport } from './qualys/scan-report.js';
import { readWasReport } from './qualys/was-report.js';
import { type Importer, ScanFileError } from './types.js';
import { xmlRootName } from './xml-root.js';
import { childText, streamXml } from './xml-stream.js';

/** API answers Qualys gives instead of a report when a request fails. */
const ERROR_ROOTS = ['SIMPLE_RETURN', 'GENERIC_RETURN'];

const REPORT_ROOTS = ['ASSET_DATA_REPORT', 'SCAN', 'WAS_SCAN_REPORT'];

/**
 * Qualys XML reports: the VM ASSET_DATA_REPORT, the classic SCAN report
 * (scan-1.dtd) and the web application WAS_SCAN_REPORT.
 */
export const qualysImporter: Importer = {
  format: 'qualys',
  scanner: 'Qualys',
  description: 'Qualys XML (asset data report, scan report, WAS report)',

  detect(head) {
    const root = xmlRootName(head);
    if (root === 'SCAN') return /<IP value=|<HEADER>|scan-1\.dtd/.test(head);
    if (ERROR_ROOTS.includes(root)) return /qualys/i.test(head);

    return REPORT_ROOTS.includes(root);
  },

  async parse(file, sink) {
    const root = xmlRootName(await readHead(file.path));
    if (ERROR_ROOTS.includes(root)) await refuseErrorAnswer(file.path);

    switch (root) {
      case 'SCAN':
        return readScanReport(file.path, sink);
      case 'ASSET_DATA_REPORT':
        return readAssetDataReport(
          file.path,
          await readGlossary(file.path),
          sink,
        );
      case 'WAS_SCAN_REPORT':
        return readWasReport(file.path, await readGlossary(file.path), sink);
      default:
        throw new ScanFileError(
          `<${root || '?'}> is not a Qualys report`,
          'line 1',
        );
    }
  },
};

/** Throws with the message of a Qualys API error answer. */
async function refuseErrorAnswer(path: string): Promise<void> {
  let message = 'no message given';
  await streamXml(path, {
    collect: (at) => at.at(-1) === 'RESPONSE' || at.at(-1) === 'RETURN',
    onElement(element) {
      message = childText(element, 'TEXT') || element.text.trim() || message;
    },
  });

  throw new ScanFileError(`Qualys reported an error: ${message}`, 'line 1');
}
