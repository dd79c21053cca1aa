import { itemFinding, type NessusHost } from './nessus-item.js';
import { type Importer, ScanFileError } from './types.js';
import { childrenNamed, streamXml, type XmlElement } from './xml-stream.js';

const ROOT = 'NessusClientData_v2';

/** Matches `Sat Aug 20 23:41:39 2011`, the older HOST_START form. */
const CTIME = /^[A-Z][a-z]{2} [A-Z][a-z]{2} +\d{1,2} \d\d:\d\d:\d\d \d{4}$/;

/**
 * Nessus v2 reports (`.nessus`, NessusClientData_v2), including Nessus WAS
 * exports: one finding per ReportItem. See docs/formats/nessus.md.
 */
export const nessusImporter: Importer = {
  format: 'nessus',
  scanner: 'Nessus',
  description: 'Nessus v2 (.nessus)',

  detect(head) {
    return head.includes(`<${ROOT}`);
  },

  async parse(file, sink) {
    let where: NessusHost = { host: '', hostname: '' };
    let scanTimeSet = false;

    await streamXml(file.path, {
      onRoot(name) {
        if (name !== ROOT) {
          throw new ScanFileError(
            `not a Nessus v2 report: the root element is <${name}>`,
          );
        }
      },
      onOpen(name, attrs, path) {
        if (name === 'ReportHost' && path.length === 3) {
          const host = attrs.name?.trim() ?? '';
          where = { host, hostname: '' };
        }
      },
      collect(path) {
        return (
          path.length === 4 &&
          path[2] === 'ReportHost' &&
          (path[3] === 'HostProperties' || path[3] === 'ReportItem')
        );
      },
      onElement(element) {
        if (element.name === 'ReportItem') {
          if (!where.host) {
            throw new ScanFileError('a ReportHost has no name or host-ip');
          }
          sink.add(itemFinding(element, where));
          return;
        }

        const tags = hostTags(element);
        where = hostIdentity(where.host, tags);
        const start = scanStart(tags);
        if (!scanTimeSet && start) {
          sink.setScanTime(start);
          scanTimeSet = true;
        }
      },
    });
  },
};

function hostTags(properties: XmlElement): Map<string, string> {
  const tags = new Map<string, string>();
  for (const tag of childrenNamed(properties, 'tag')) {
    if (tag.attrs.name) tags.set(tag.attrs.name, tag.text.trim());
  }

  return tags;
}

/**
 * The address from the host-ip tag when there is one (the ReportHost name
 * is whatever the target list said: an address, a name or a URL), else the
 * name. The hostname is host-fqdn, else the name when it is not the host.
 */
function hostIdentity(name: string, tags: Map<string, string>): NessusHost {
  const host = tags.get('host-ip') || name;
  const fallback = name !== host ? name : '';

  return { host, hostname: tags.get('host-fqdn') || fallback };
}

/** HOST_START_TIMESTAMP (Unix seconds), else HOST_START read as UTC. */
function scanStart(tags: Map<string, string>): Date | undefined {
  const seconds = Number(tags.get('HOST_START_TIMESTAMP'));
  if (seconds > 0) return new Date(seconds * 1000);

  const start = tags.get('HOST_START') ?? '';
  const time = Date.parse(CTIME.test(start) ? `${start} UTC` : start);

  return Number.isNaN(time) ? undefined : new Date(time);
}
