import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import Assembler from 'stream-json/Assembler.js';
import Parser from 'stream-json/Parser.js';
import { JsonSyntaxCheck } from './json-syntax.js';
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
  const check = new JsonSyntaxCheck();
  const text = createReadStream(path, { encoding: 'utf8' });
  try {
    let first = true;
    for await (const chunk of text as AsyncIterable<string>) {
      const ok = check.feed(first ? chunk.replace(/^\uFEFF/, '') : chunk);
      first = false;
      if (!ok) break;
    }
  } finally {
    text.destroy();
  }

  const problem = check.end();
  if (check.blank) return new ScanFileError('the file is empty', 'line 1');
  if (problem) {
    return new ScanFileError(
      `malformed JSON: ${problem.message}`,
      `line ${problem.line}, column ${problem.column}`,
    );
  }
  // The parser refused what RFC 8259 allows: its own words, unplaced.
  const reason = error instanceof Error ? error.message : String(error);
  return new ScanFileError(`malformed JSON: ${reason}`);
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
