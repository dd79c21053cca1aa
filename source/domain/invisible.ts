/** C0 controls, DEL and C1 controls, as a regular-expression class body. */
export const CONTROL_CHARACTERS = '\\u0000-\\u001f\\u007f-\\u009f';

/**
 * Formatting characters that are invisible or reorder text, as a class
 * body: the Arabic letter mark, zero-width space, LRM and RLM, the line
 * and paragraph separators, bidi embeddings, overrides and isolates, and
 * the byte-order mark. (Zero-width joiners are left out: emoji and many
 * scripts need them.)
 */
export const INVISIBLE_FORMATTING =
  '\\u061c\\u200b\\u200e\\u200f\\u2028-\\u202e\\u2066-\\u2069\\ufeff';
