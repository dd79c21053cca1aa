/**
 * Name of the root element of an XML document, read from its head: the
 * first element after the declaration, comments, processing instructions
 * and a DOCTYPE. '' when the head does not start like XML.
 */
export function xmlRootName(head: string): string {
  const prologue =
    /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*<([A-Za-z_][\w.:-]*)/;
  return prologue.exec(head)?.[1] ?? '';
}
