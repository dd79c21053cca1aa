import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';

const CHUNK_BYTES = 64 * 1024;
const BYTE_ORDER_MARK = '\uFEFF';

/** Reads up to `bytes` from the start of a file as UTF-8, without a BOM. */
export async function readHead(
  path: string,
  bytes = CHUNK_BYTES,
): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    const text = new StringDecoder('utf8').write(buffer.subarray(0, bytesRead));
    return stripByteOrderMark(text);
  } finally {
    await handle.close();
  }
}

/** Streams a file as UTF-8 text in 64 KiB chunks, without a BOM. */
export async function* readTextChunks(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { highWaterMark: CHUNK_BYTES });
  const decoder = new StringDecoder('utf8');
  let first = true;

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let text = decoder.write(chunk);
    if (first && text.length > 0) {
      text = stripByteOrderMark(text);
      first = false;
    }
    if (text.length > 0) yield text;
  }

  const rest = decoder.end();
  if (rest.length > 0) yield rest;
}

/** Streams a file line by line (LF or CRLF), numbered from 1. */
export async function* readLines(
  path: string,
): AsyncGenerator<{ line: string; number: number }> {
  let pending = '';
  let number = 0;

  for await (const chunk of readTextChunks(path)) {
    pending += chunk;
    let start = 0;
    let newline = pending.indexOf('\n', start);
    while (newline !== -1) {
      number += 1;
      yield { line: pending.slice(start, newline).replace(/\r$/, ''), number };
      start = newline + 1;
      newline = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
  }

  if (pending.length > 0) {
    yield { line: pending.replace(/\r$/, ''), number: number + 1 };
  }
}

function stripByteOrderMark(text: string): string {
  return text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
}
