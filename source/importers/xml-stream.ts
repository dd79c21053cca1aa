import { SaxesParser } from 'saxes';
import { readTextChunks } from './file-text.js';
import { ScanFileError } from './types.js';

/** An element collected with its whole subtree. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Direct text and CDATA content, concatenated. */
  text: string;
}

export interface XmlStreamHandlers {
  /**
   * Whether to collect the element at `path` (names from the root down to
   * it) as a whole subtree. Keep collected elements small: one record each.
   */
  collect(path: readonly string[]): boolean;
  /** A collected element, complete. */
  onElement(element: XmlElement, path: readonly string[]): void;
  /** Any element that is not inside a collected one, as it opens. */
  onOpen?(
    name: string,
    attrs: Record<string, string>,
    path: readonly string[],
  ): void;
  /** The root element's name, as soon as it is known. */
  onRoot?(name: string): void;
}

/**
 * Streams an XML file, handing collected elements to the handlers as each
 * one closes. Entity declarations are refused, so no entity can reach the
 * file system or the network or expand without bound; text before the XML
 * declaration (comments, blank lines) is skipped.
 */
export async function streamXml(
  path: string,
  handlers: XmlStreamHandlers,
): Promise<void> {
  const parser = new SaxesParser({ position: true });
  const names: string[] = [];
  const open: XmlElement[] = [];
  let collectDepth = -1;
  let skippedLines = 0;
  let failure: unknown;

  const location = () =>
    `line ${parser.line + skippedLines}, column ${parser.column + 1}`;

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw new ScanFileError('entity declarations are not accepted');
    }
  });

  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    names.push(tag.name);
    if (names.length === 1) handlers.onRoot?.(tag.name);

    if (collectDepth === -1 && handlers.collect(names)) {
      collectDepth = names.length;
    }
    if (collectDepth === -1) {
      handlers.onOpen?.(tag.name, attrs, names);
      return;
    }

    const element = { name: tag.name, attrs, children: [], text: '' };
    open.at(-1)?.children.push(element);
    open.push(element);
  });

  const addText = (text: string) => {
    const element = open.at(-1);
    if (element) element.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  parser.on('closetag', () => {
    if (collectDepth !== -1) {
      const element = open.pop();
      if (names.length === collectDepth && element) {
        handlers.onElement(element, names);
        collectDepth = -1;
      }
    }
    names.pop();
  });

  let failureLocation = '';
  parser.on('error', (error) => {
    if (failure) return;
    failure = error;
    failureLocation = location();
  });

  let first = true;
  try {
    for await (let chunk of readTextChunks(path)) {
      if (first) {
        first = false;
        const skipped = skipPrologueJunk(chunk);
        skippedLines = countNewlines(chunk.slice(0, skipped));
        chunk = chunk.slice(skipped);
      }
      parser.write(chunk);
      if (failure) break;
    }
    if (first) throw new ScanFileError('the file is empty', 'line 1');
    if (!failure) {
      const end = location();
      parser.close();
      failureLocation ||= end;
    }
  } catch (error) {
    failure ??= error;
    failureLocation ||= location();
  }

  if (failure) throw asScanFileError(failure, failureLocation);
}

/** Text content of the first child with this name, trimmed; '' if none. */
export function childText(element: XmlElement, name: string): string {
  return child(element, name)?.text.trim() ?? '';
}

export function child(
  element: XmlElement,
  name: string,
): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((candidate) => candidate.name === name);
}

/** All text below an element, depth first, joined by newlines. */
export function deepText(element: XmlElement): string {
  const parts = [element.text.trim()];
  for (const nested of element.children) parts.push(deepText(nested));
  return parts.filter((part) => part.length > 0).join('\n');
}

/**
 * Length of what comes before the XML declaration when only comments and
 * white space do (saxes insists the declaration comes first).
 */
function skipPrologueJunk(text: string): number {
  const declaration = text.indexOf('<?xml');
  if (declaration <= 0) return 0;

  const before = text.slice(0, declaration);
  const onlyComments = before.replace(/<!--[\s\S]*?-->/g, '').trim() === '';
  return onlyComments ? declaration : 0;
}

function countNewlines(text: string): number {
  let count = 0;
  for (const character of text) if (character === '\n') count += 1;
  return count;
}

function asScanFileError(error: unknown, location: string): ScanFileError {
  if (error instanceof ScanFileError) {
    return error.location ? error : new ScanFileError(error.message, location);
  }

  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
    return new ScanFileError(`cannot read the file (${code})`);
  }

  const message = error instanceof Error ? error.message : String(error);
  // saxes prefixes its messages with "line:column: "; we say where ourselves.
  const plain = message.replace(/^\d+:\d+:\s*/, '').replace(/\.$/, '');
  return new ScanFileError(`malformed XML: ${plain}`, location);
}
