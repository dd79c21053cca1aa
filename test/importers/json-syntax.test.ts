import { describe, expect, it } from 'vitest';
import { JsonSyntaxCheck } from '../../source/importers/json-syntax.js';

function problemOf(...pieces: string[]) {
  const check = new JsonSyntaxCheck();
  for (const piece of pieces) check.feed(piece);
  return check.end();
}

describe('JsonSyntaxCheck', () => {
  it('accepts every kind of valid JSON', () => {
    const valid = [
      '{}',
      '[]',
      ' {"a": [1, -0, 2.5e+3, 0.1E-2, true, false, null, "x\\n\\u00e9"]}\r\n',
      '"just a string"',
      '-12',
      '[{"a":{}},[[]]]',
    ];
    for (const text of valid) {
      expect(problemOf(text), text).toBeUndefined();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('places the first error by line and column', () => {
    const cases: [string, string, number, number][] = [
      ['<?xml version="1.0"?>', "expected a value, not '<'", 1, 1],
      ['{"a":}', "expected a value, not '}'", 1, 6],
      ['{"a": 1,\n  "b": tru}', "expected true, false or null, not '}'", 2, 11],
      ['[1, 2\n', 'the JSON ends too early', 2, 1],
      ['{"a" 1}', "expected ':', not '1'", 1, 6],
      ['{a: 1}', "expected a key in quotes, not 'a'", 1, 2],
      ['[1 2]', "expected ',' or ']', not '2'", 1, 4],
      ['{"a": 1]', "expected ',' or '}', not ']'", 1, 8],
      ['{"a":1}\n{"b":2}', "unexpected '{' after the JSON value", 2, 1],
      ['["a\tb"]', 'control character U+0009 in a string', 1, 4],
      ['["\\x"]', "unknown escape \\'x' in a string", 1, 4],
      ['["\\u12g4"]', "expected a hex digit of \\u, not 'g'", 1, 7],
      ['[01]', "expected ',' or ']', not '1'", 1, 3],
      ['[1.]', "a number cannot go on with ']'", 1, 4],
      ['[-]', "a number cannot go on with ']'", 1, 3],
      ['[1e]', "a number cannot go on with ']'", 1, 4],
      ['[,]', "expected a value, not ','", 1, 2],
      ['[1,]', "expected a value, not ']'", 1, 4],
      ['\u00e9', 'expected a value, not U+00E9', 1, 1],
    ];
    for (const [text, message, line, column] of cases) {
      expect(problemOf(text), text).toEqual({ message, line, column });
      expect(() => JSON.parse(text), text).toThrow();
    }
  });

  it('reads a text in pieces as one', () => {
    expect(problemOf('{"a": [1,', '\n 2', ']', ', "b": tr', 'ue}')).toBe(
      undefined,
    );
    expect(problemOf('["abc', 'def\n"]')).toEqual({
      message: 'control character U+000A in a string',
      line: 1,
      column: 9,
    });
    expect(problemOf('{"a": 1', '2,\n', '  ]')).toEqual({
      message: "expected a key in quotes, not ']'",
      line: 2,
      column: 3,
    });
  });

  it('knows a text of only whitespace', () => {
    const check = new JsonSyntaxCheck();
    check.feed(' \n\t');
    expect(check.blank).toBe(true);
    check.feed('1');
    expect(check.blank).toBe(false);
  });
});
