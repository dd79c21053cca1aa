/**
 * Typed access to fields of parsed JSON from the TLS scanners (testssl.sh,
 * SSL Labs, sslyze), whose documents are untrusted and loosely shaped.
 */

/** A JSON object, or undefined for anything else. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A JSON array, or an empty one for anything else. */
export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A string or number as trimmed text; '' for anything else. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return `${value}`;
  return '';
}

/** The records of an array field, skipping anything that is not one. */
export function recordsOf(value: unknown): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  for (const item of asArray(value)) {
    const record = asRecord(item);
    if (record) records.push(record);
  }

  return records;
}

/** `2001:db8::1` for `[2001:db8::1]`: addresses without URL brackets. */
export function bareAddress(address: string): string {
  return address.replace(/^\[(.*)\]$/, '$1');
}
