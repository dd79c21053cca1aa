/**
 * The first syntax error of a JSON text, where it is: line and column
 * from 1, the column in UTF-16 code units as editors count them.
 */
export interface JsonSyntaxProblem {
  message: string;
  line: number;
  column: number;
}

type State =
  | 'value'
  | 'firstValue'
  | 'afterValue'
  | 'key'
  | 'firstKey'
  | 'colon'
  | 'string'
  | 'escape'
  | 'unicode'
  | 'number'
  | 'literal';

type NumberPart =
  | 'sign'
  | 'zero'
  | 'int'
  | 'dot'
  | 'frac'
  | 'e'
  | 'eSign'
  | 'exp';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERAL_RESTS: Record<string, string> = {
  t: 'rue',
  f: 'alse',
  n: 'ull',
};
/** Characters a string holds as they are (newlines are control codes). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: JSON forbids them
const STRING_RUN = /[^"\\\u0000-\u001f]*/y;
const NUMBER_ENDS = new Set<NumberPart>(['zero', 'int', 'frac', 'exp']);

/**
 * Finds where a JSON text (RFC 8259, one value) first goes wrong, read
 * piece by piece so that a file of any size can be checked. Used only
 * after a parser failed: parsers' own messages do not always say where.
 */
export class JsonSyntaxCheck {
  problem: JsonSyntaxProblem | undefined;
  /** Whether only whitespace has been read so far. */
  blank = true;

  private state: State = 'value';
  private readonly stack: ('object' | 'array')[] = [];
  private stringIsKey = false;
  private hexLeft = 0;
  private numberPart: NumberPart = 'int';
  private literalRest = '';
  private line = 1;
  private column = 0;

  /** Reads more text; false once a problem is found. */
  feed(text: string): boolean {
    let index = 0;
    while (index < text.length && this.problem === undefined) {
      // Most of a scan file is string content: skip it in one step.
      if (this.state === 'string') {
        STRING_RUN.lastIndex = index;
        STRING_RUN.test(text);
        const run = STRING_RUN.lastIndex - index;
        this.column += run;
        index += run;
        if (index === text.length) break;
      }
      const char = text[index] ?? '';
      index += 1;
      this.column += 1;
      if (!WHITESPACE.has(char)) this.blank = false;
      this.step(char);
      if (char === '\n') {
        this.line += 1;
        this.column = 0;
      }
    }
    return this.problem === undefined;
  }

  /** The problem, including a text that ends before its value does. */
  end(): JsonSyntaxProblem | undefined {
    if (this.problem) return this.problem;
    if (this.state === 'number' && NUMBER_ENDS.has(this.numberPart)) {
      this.state = 'afterValue';
    }
    if (this.state !== 'afterValue' || this.stack.length > 0) {
      this.column += 1;
      this.fail('the JSON ends too early');
    }
    return this.problem;
  }

  private step(char: string): void {
    switch (this.state) {
      case 'value':
      case 'firstValue':
        this.startValue(char);
        return;
      case 'afterValue':
        this.afterValue(char);
        return;
      case 'key':
      case 'firstKey':
        if (WHITESPACE.has(char)) return;
        if (char === '"') {
          this.stringIsKey = true;
          this.state = 'string';
        } else if (char === '}' && this.state === 'firstKey') {
          this.close();
        } else {
          this.fail(`expected a key in quotes, not ${shown(char)}`);
        }
        return;
      case 'colon':
        if (WHITESPACE.has(char)) return;
        if (char === ':') this.state = 'value';
        else this.fail(`expected ':', not ${shown(char)}`);
        return;
      case 'string':
        this.inString(char);
        return;
      case 'escape':
        if (ESCAPES.has(char)) this.state = 'string';
        else if (char === 'u') {
          this.state = 'unicode';
          this.hexLeft = 4;
        } else this.fail(`unknown escape \\${shown(char)} in a string`);
        return;
      case 'unicode':
        if (!/^[0-9a-fA-F]$/.test(char)) {
          this.fail(`expected a hex digit of \\u, not ${shown(char)}`);
        } else {
          this.hexLeft -= 1;
          if (this.hexLeft === 0) this.state = 'string';
        }
        return;
      case 'number':
        this.inNumber(char);
        return;
      case 'literal':
        if (char !== this.literalRest[0]) {
          this.fail(`expected true, false or null, not ${shown(char)}`);
          return;
        }
        this.literalRest = this.literalRest.slice(1);
        if (this.literalRest === '') this.state = 'afterValue';
        return;
    }
  }

  private startValue(char: string): void {
    if (WHITESPACE.has(char)) return;
    const literalRest = LITERAL_RESTS[char];
    if (char === ']' && this.state === 'firstValue') this.close();
    else if (char === '{') this.open('object', 'firstKey');
    else if (char === '[') this.open('array', 'firstValue');
    else if (char === '"') {
      this.stringIsKey = false;
      this.state = 'string';
    } else if (char === '-' || /^[0-9]$/.test(char)) {
      this.state = 'number';
      this.numberPart = char === '-' ? 'sign' : char === '0' ? 'zero' : 'int';
    } else if (literalRest !== undefined) {
      this.state = 'literal';
      this.literalRest = literalRest;
    } else {
      this.fail(`expected a value, not ${shown(char)}`);
    }
  }

  private afterValue(char: string): void {
    if (WHITESPACE.has(char)) return;
    const container = this.stack.at(-1);
    if (container === undefined) {
      this.fail(`unexpected ${shown(char)} after the JSON value`);
    } else if (char === ',') {
      this.state = container === 'object' ? 'key' : 'value';
    } else if (char === (container === 'object' ? '}' : ']')) {
      this.close();
    } else {
      const closer = container === 'object' ? '}' : ']';
      this.fail(`expected ',' or '${closer}', not ${shown(char)}`);
    }
  }

  private inString(char: string): void {
    if (char === '"') {
      this.state = this.stringIsKey ? 'colon' : 'afterValue';
    } else if (char === '\\') {
      this.state = 'escape';
    } else if (char < ' ') {
      this.fail(`control character ${shown(char)} in a string`);
    }
  }

  private inNumber(char: string): void {
    const next = nextNumberPart(this.numberPart, char);
    if (next !== undefined) {
      this.numberPart = next;
    } else if (NUMBER_ENDS.has(this.numberPart)) {
      this.state = 'afterValue';
      this.afterValue(char);
    } else {
      this.fail(`a number cannot go on with ${shown(char)}`);
    }
  }

  private open(container: 'object' | 'array', state: State): void {
    this.stack.push(container);
    this.state = state;
  }

  private close(): void {
    this.stack.pop();
    this.state = 'afterValue';
  }

  private fail(message: string): void {
    this.problem = { message, line: this.line, column: this.column };
  }
}

function nextNumberPart(
  part: NumberPart,
  char: string,
): NumberPart | undefined {
  if (/^[0-9]$/.test(char)) {
    if (part === 'sign') return char === '0' ? 'zero' : 'int';
    if (part === 'int') return 'int';
    if (part === 'dot' || part === 'frac') return 'frac';
    if (part === 'e' || part === 'eSign' || part === 'exp') return 'exp';
    return undefined;
  }
  const afterDigits = part === 'zero' || part === 'int';
  if (char === '.') return afterDigits ? 'dot' : undefined;
  if (char === 'e' || char === 'E') {
    return afterDigits || part === 'frac' ? 'e' : undefined;
  }
  if (char === '+' || char === '-') return part === 'e' ? 'eSign' : undefined;
  return undefined;
}

/** A character for a message: itself if plain ASCII, else its code. */
function shown(char: string): string {
  if (/^[!-~]$/.test(char)) return `'${char}'`;
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
