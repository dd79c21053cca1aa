import { commandErrorVerdict } from './sslyze-verdicts.js';
import { pluginVerdict, XML_COMMANDS } from './sslyze-xml-plugins.js';
import { bareAddress } from './tls-fields.js';
import {
  formatPort,
  type Importer,
  ScanFileError,
  type ScanFinding,
} from './types.js';
import { streamXml, type XmlElement } from './xml-stream.js';

type Target = Pick<ScanFinding, 'host' | 'hostname' | 'port'>;

/** sslyze's legacy `--xml_out` (versions 1 and 2), one plugin at a time. */
export const sslyzeXmlImporter: Importer = {
  format: 'sslyze-xml',
  scanner: 'sslyze',
  description: 'sslyze legacy XML (--xml_out, sslyze 1 and 2)',

  detect(head) {
    return /<document\b[^>]*\bSSLyzeVersion=/.test(head);
  },

  async parse(file, sink) {
    let target: Target | undefined;
    let root = '';

    await streamXml(file.path, {
      onRoot(name) {
        root = name;
        if (name !== 'document') {
          throw new ScanFileError(`<${name}> is not an sslyze XML report`);
        }
      },
      onOpen(name, attrs, path) {
        if (name === 'target' && path.length === 3) target = targetOf(attrs);
      },
      collect: (path) =>
        (path.length === 4 && path[2] === 'target') ||
        (path.length === 3 && path[1] === 'invalidTargets'),
      onElement(element) {
        if (element.name === 'invalidTarget') {
          sink.add(unreachable(element));
          return;
        }

        const command = XML_COMMANDS[element.name];
        if (!command || !target) return;
        const exception = element.attrs.exception;
        const verdict = exception
          ? commandErrorVerdict(exception)
          : pluginVerdict(command, element);
        if (verdict) sink.add({ ...target, plugin: command, ...verdict });
      },
    });

    if (root === '') throw new ScanFileError('the file is empty', 'line 1');
  },
};

function targetOf(attrs: Record<string, string>): Target {
  const hostname = attrs.host ?? '';
  const ip = bareAddress(attrs.ip ?? '') || hostname;
  return {
    host: ip,
    hostname: hostname === ip ? '' : hostname,
    port: formatPort(attrs.port, 'tcp'),
  };
}

/** `<invalidTarget error="...">host:port</invalidTarget>` */
function unreachable(element: XmlElement): ScanFinding {
  const server = element.text.trim();
  const match = /^(?:\[([^\]]+)\]|([^:]+))(?::(\d+))?$/.exec(server);
  return {
    host: match?.[1] ?? match?.[2] ?? server,
    hostname: '',
    port: formatPort(match?.[3] ?? 443, 'tcp'),
    plugin: 'connectivity',
    severity: 'info',
    text: `Could not connect: ${element.attrs.error ?? 'unknown error'}`,
  };
}
