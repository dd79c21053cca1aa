// White space, the declaration and other processing instructions,
// comments, a DOCTYPE with its internal subset; then the root's name.
const PROLOGUE_THEN_ROOT = new RegExp(
  String.raw`^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|` +
    String.raw`<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*` +
    String.raw`<([A-Za-z_][\w.:-]*)`,
);

/**
 * Name of the root element of an XML document, read from its head: the
 * first element after the declaration, comments, processing instructions
 * and a DOCTYPE. '' when the head does not start like XML.
 */
export function xmlRootName(head: string): string {
  return PROLOGUE_THEN_ROOT.exec(head)?.[1] ?? '';
}
