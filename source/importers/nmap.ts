import { hostFindings } from './nmap-host.js';
import { type Importer, ScanFileError } from './types.js';
import { child, streamXml } from './xml-stream.js';

/**
 * Nmap's XML output (`nmap -oX file ...`): open ports, NSE script results
 * and OS detection, one finding each. See docs/formats/nmap.md.
 */
export const nmapImporter: Importer = {
  format: 'nmap',
  scanner: 'Nmap',
  description: 'Nmap XML (-oX)',

  detect(head) {
    return /<nmaprun[\s>]/.test(head);
  },

  async parse(file, sink) {
    await streamXml(file.path, {
      onRoot(name) {
        if (name !== 'nmaprun') {
          throw new ScanFileError(
            `not Nmap XML: the root element is <${name}>, not <nmaprun>`,
          );
        }
      },
      onOpen(name, attrs) {
        const start = Number(attrs.start);
        if (name === 'nmaprun' && attrs.start && Number.isFinite(start)) {
          sink.setScanTime(new Date(start * 1000));
        }
      },
      collect(path) {
        return (
          path.length === 2 && (path[1] === 'host' || path[1] === 'runstats')
        );
      },
      onElement(element) {
        if (element.name === 'host') {
          for (const finding of hostFindings(element)) sink.add(finding);
          return;
        }

        // Nmap records a fatal error in the last element it writes.
        const finished = child(element, 'finished')?.attrs;
        if (finished?.exit === 'error') {
          const message = finished.errormsg || 'the scan ended with an error';
          throw new ScanFileError(`Nmap reported an error: ${message}`);
        }
      },
    });
  },
};
