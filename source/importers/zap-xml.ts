import { type FindingSink, type Importer, ScanFileError } from './types.js';
import {
  childrenNamed,
  childText,
  streamXml,
  type XmlElement,
} from './xml-stream.js';
import {
  emptyZapAlert,
  type ZapAlert,
  type ZapSite,
  zapFinding,
  zapInstance,
} from './zap-alert.js';
import { zapReportTime } from './zap-report-time.js';

/**
 * OWASP ZAP traditional XML and XML-plus reports
 * (`OWASPZAPReport/site/alerts/alertitem`). Each field of an alert and
 * each instance is collected on its own, so an alert with thousands of
 * instances and their request/response bodies (XML-plus) never sits in
 * memory whole; bodies are dropped as each instance closes.
 */
export const zapXml: Importer = {
  format: 'zap-xml',
  scanner: 'OWASP ZAP',
  description: 'OWASP ZAP traditional XML report (also XML-plus)',

  detect(head) {
    return /<OWASPZAPReport[\s>]/.test(head);
  },

  async parse(file, sink) {
    const reader = new AlertReader(sink);

    await streamXml(file.path, {
      onRoot(name) {
        if (name !== 'OWASPZAPReport') {
          throw new ScanFileError(
            `not a ZAP XML report (root element <${name}>)`,
          );
        }
      },

      collect: (path) =>
        (path.at(-2) === 'alertitem' && path.at(-1) !== 'instances') ||
        (path.at(-3) === 'alertitem' && path.at(-1) === 'instance'),

      onOpen(name, attrs, path) {
        if (path.length === 1) {
          const time = zapReportTime(attrs.created, attrs.generated);
          if (time) sink.setScanTime(time);
        } else if (name === 'site') {
          reader.startSite({
            name: attrs.name ?? '',
            host: attrs.host ?? '',
            port: attrs.port ?? '',
            ssl: attrs.ssl ?? '',
          });
        } else if (name === 'alertitem') {
          reader.startAlert();
        }
      },

      onElement(element) {
        reader.addPart(element);
      },
    });

    reader.finishAlert();
  },
};

/** Assembles alerts from their parts and hands each one on as it ends. */
class AlertReader {
  private site: ZapSite | undefined;
  private alert: ZapAlert | undefined;
  private record = 0;

  constructor(private readonly sink: FindingSink) {}

  startSite(site: ZapSite): void {
    this.finishAlert();
    this.site = site;
  }

  startAlert(): void {
    this.finishAlert();
    this.record += 1;
    this.alert = emptyZapAlert();
  }

  addPart(element: XmlElement): void {
    if (!this.alert) return;

    if (element.name === 'instance') {
      this.alert.instances.push(zapInstance((key) => childText(element, key)));
    } else if (element.name === 'tags') {
      for (const tag of childrenNamed(element, 'tag')) {
        this.alert.tags.push(childText(tag, 'tag'));
      }
    } else {
      this.alert.fields.set(element.name, element.text);
    }
  }

  finishAlert(): void {
    if (!this.alert) return;

    const location = `record ${this.record}`;
    if (!this.site)
      throw new ScanFileError('an alert outside a site', location);
    this.sink.add(zapFinding(this.site, this.alert, location));
    this.alert = undefined;
  }
}
