import { readHead } from './file-text.js';
import { type JsonPath, streamJson } from './json-stream.js';
import {
  type NiktoItem,
  type NiktoTarget,
  niktoFinding,
} from './nikto-item.js';
import { type Importer, ScanFileError } from './types.js';

const TARGET_FIELDS = new Set(['host', 'ip', 'port']);

/**
 * Nikto JSON (`-Format json`): one host object, or an array of them, each
 * with `host`, `ip`, `port` and `vulnerabilities`. Nikto writes a host's
 * fields before its results (it streams the file as it scans), so results
 * are read one at a time and a result that comes before its host's
 * address is refused rather than buffered.
 */
export const niktoJson: Importer = {
  format: 'nikto-json',
  scanner: 'Nikto',
  description: 'Nikto JSON (-Format json)',

  detect(head) {
    return (
      /^\s*[[{]/.test(head) &&
      /"vulnerabilities"\s*:/.test(head) &&
      /"banner"\s*:/.test(head) &&
      /"ip"\s*:/.test(head)
    );
  },

  async parse(file, sink) {
    const rootIsArray =
      (await readHead(file.path, 1024)).trimStart()[0] === '[';
    // Only the host being read is kept: results follow their host's
    // fields, and older hosts would pin the parser's text chunks.
    let current = { key: '', target: emptyTarget() };
    let sawNiktoField = false;
    let record = 0;

    const wanted = (path: JsonPath) => {
      const local = rootIsArray ? path.slice(1) : path;
      if (local.length === 1 && TARGET_FIELDS.has(String(local[0]))) {
        return true;
      }
      return local.length === 2 && local[0] === 'vulnerabilities';
    };

    for await (const { path, value } of streamJson(file.path, wanted)) {
      const key = rootIsArray ? String(path[0]) : '';
      if (current.key !== key) current = { key, target: emptyTarget() };
      const target = current.target;
      sawNiktoField = true;

      const local = rootIsArray ? path.slice(1) : path;
      if (local[0] !== 'vulnerabilities') {
        setTargetField(target, String(local[0]), value);
        continue;
      }

      record += 1;
      if (!target.ip && !target.hostname) {
        throw new ScanFileError(
          'a result comes before its host and ip',
          `record ${record}`,
        );
      }
      sink.add(niktoFinding(target, readResult(value, record)));
    }

    if (!sawNiktoField && !rootIsArray) {
      throw new ScanFileError('not a Nikto JSON report', 'line 1');
    }
  },
};

function emptyTarget(): NiktoTarget {
  return { ip: '', hostname: '', port: '' };
}

function setTargetField(target: NiktoTarget, key: string, value: unknown) {
  const text = scalar(value);
  if (key === 'ip') target.ip = text;
  else if (key === 'host') target.hostname = text;
  else target.port = text;
}

function readResult(value: unknown, record: number): NiktoItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ScanFileError('a result is not an object', `record ${record}`);
  }

  const result = value as Record<string, unknown>;
  const id = scalar(result.id);
  if (!id) throw new ScanFileError('a result has no id', `record ${record}`);

  return {
    id,
    method: scalar(result.method),
    uri: scalar(result.url),
    message: scalar(result.msg),
    osvdb: scalar(result.OSVDB),
    references: scalar(result.references),
  };
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(scalar).join(', ');
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return '';
}
