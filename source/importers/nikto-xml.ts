import { parseIsoLocalTime } from './local-time.js';
import { type NiktoTarget, niktoFinding } from './nikto-item.js';
import { type Importer, ScanFileError } from './types.js';
import { childText, streamXml, type XmlElement } from './xml-stream.js';

/**
 * Nikto XML (`-Format xml`): either `niktoscan/scandetails/item` (old,
 * single level) or `niktoscan/niktoscan/scandetails/item` (one inner
 * `niktoscan` per host). Items are collected one at a time; the host comes
 * from the attributes of the `scandetails` they sit in.
 */
export const niktoXml: Importer = {
  format: 'nikto-xml',
  scanner: 'Nikto',
  description: 'Nikto XML (-Format xml)',

  detect(head) {
    return /<niktoscan[\s>]/.test(head);
  },

  async parse(file, sink) {
    let target: NiktoTarget | undefined;
    let sawScanTime = false;
    let record = 0;

    await streamXml(file.path, {
      onRoot(name) {
        if (name !== 'niktoscan') {
          throw new ScanFileError(
            `not a Nikto XML report (root element <${name}>)`,
          );
        }
      },

      collect: (path) =>
        path.at(-1) === 'item' && path.at(-2) === 'scandetails',

      onOpen(name, attrs) {
        if (name !== 'scandetails') return;

        target = {
          ip: attrs.targetip ?? '',
          hostname: attrs.targethostname ?? '',
          port: attrs.targetport ?? '',
        };
        const started = parseIsoLocalTime(attrs.starttime ?? '');
        if (started && !sawScanTime) {
          sawScanTime = true;
          sink.setScanTime(started);
        }
      },

      onElement(item) {
        record += 1;
        if (!target?.ip && !target?.hostname) {
          throw new ScanFileError('scandetails without a target', where());
        }
        sink.add(niktoFinding(target, readItem(item, where)));
      },
    });

    function where(): string {
      return `record ${record}`;
    }
  },
};

function readItem(item: XmlElement, where: () => string) {
  const id = item.attrs.id?.trim() ?? '';
  if (!id) throw new ScanFileError('item without an id', where());

  return {
    id,
    method: item.attrs.method?.trim() ?? '',
    uri: childText(item, 'uri'),
    message: childText(item, 'description'),
    osvdb: item.attrs.osvdbid?.trim() ?? '',
    references: childText(item, 'references'),
  };
}
