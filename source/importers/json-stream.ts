import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import Assembler from 'stream-json/Assembler.js';
import Parser from 'stream-json/Parser.js';
import { ScanFileError } from './types.js';

/** Where a value sits in a document: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

export interface JsonRecord {
  path: JsonPath;
  value: unknown;
}

type Frame = { kind: 'object'; key: string } | { kind: 'array'; index: number };

interface Token {
  name: string;
  value?: string;
}

/** Files up to this size are re-read whole to say where a syntax error is. */
const LOCATE_ERRORS_UP_TO = 64 * 1024 * 1024;

/**
 * Streams a JSON file and yields every value whose path `wanted` accepts,
 * assembled whole, without ever holding the rest of the document. Values
 * inside a yielded value are not offered again. A byte-order mark is
 * skipped. Syntax errors become ScanFileErrors with a line and column.
 */
export async function* streamJson(
  path: string,
  wanted: (path: JsonPath) => boolean,
): AsyncGenerator<JsonRecord> {
  const parser = new Parser({ packValues: true, streamValues: false });
  const source = createReadStream(path, { highWaterMark: 64 * 1024 });
  const stack: Frame[] = [];
  let assembler: Assembler | undefined;
  let assemblerPath: JsonPath = [];
  let sawAnything = false;

  const currentPath = (): (string | number)[] =>
    stack.map((frame) => (frame.kind === 'object' ? frame.key : frame.index));

  const enterValue = (): JsonPath => {
    const top = stack.at(-1);
    if (top?.kind === 'array') top.index += 1;
    return currentPath();
  };

  try {
    const tokens = source.pipe(skipByteOrderMark()).pipe(parser);
    for await (const token of tokens as AsyncIterable<Token>) {
      sawAnything = true;
      if (assembler) {
        assembler.consume(token);
        if (assembler.done) {
          yield { path: assemblerPath, value: assembler.current };
          assembler = undefined;
        }
        continue;
      }

      switch (token.name) {
        case 'keyValue': {
          const top = stack.at(-1);
          if (top?.kind === 'object') top.key = token.value ?? '';
          break;
        }
        case 'startObject':
        case 'startArray': {
          const valuePath = enterValue();
          if (wanted(valuePath)) {
            assembler = new Assembler();
            assemblerPath = valuePath;
            assembler.consume(token);
          } else if (token.name === 'startObject') {
            stack.push({ kind: 'object', key: '' });
          } else {
            stack.push({ kind: 'array', index: -1 });
          }
          break;
        }
        case 'endObject':
        case 'endArray':
          stack.pop();
          break;
        case 'stringValue':
        case 'numberValue':
        case 'nullValue':
        case 'trueValue':
        case 'falseValue': {
          const valuePath = enterValue();
          if (wanted(valuePath)) {
            yield { path: valuePath, value: primitive(token) };
          }
          break;
        }
        default:
          break;
      }
    }
  } catch (error) {
    if (error instanceof ScanFileError) throw error;
    throw await locateSyntaxError(path, error);
  } finally {
    source.destroy();
  }

  if (!sawAnything) throw new ScanFileError('the file is empty', 'line 1');
}

/** Reads a whole (small) JSON document, with located syntax errors. */
export async function readJson(path: string): Promise<unknown> {
  for await (const record of streamJson(path, (at) => at.length === 0)) {
    return record.value;
  }

  return undefined;
}

function primitive(token: Token): unknown {
  switch (token.name) {
    case 'stringValue':
      return token.value ?? '';
    case 'numberValue':
      return Number(token.value);
    case 'trueValue':
      return true;
    case 'falseValue':
      return false;
    default:
      return null;
  }
}

async function locateSyntaxError(
  path: string,
  error: unknown,
): Promise<ScanFileError> {
  const reason = error instanceof Error ? error.message : String(error);
  const size = (await stat(path)).size;
  if (size > LOCATE_ERRORS_UP_TO) {
    return new ScanFileError(`malformed JSON: ${reason}`);
  }

  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  if (text.trim() === '')
    return new ScanFileError('the file is empty', 'line 1');

  try {
    JSON.parse(text);
  } catch (syntaxError) {
    const message = (syntaxError as Error).message;
    const offset = Number(
      /at position (\d+)/.exec(message)?.[1] ?? text.length,
    );
    const plain = message.replace(/\s*(in JSON )?at position \d+.*$/, '');
    return new ScanFileError(
      `malformed JSON: ${plain}`,
      lineAndColumn(text, offset),
    );
  }

  return new ScanFileError(`malformed JSON: ${reason}`);
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

function skipByteOrderMark(): Transform {
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const hasMark =
        first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf;
      first = false;
      done(null, hasMark ? chunk.subarray(3) : chunk);
    },
  });
}
