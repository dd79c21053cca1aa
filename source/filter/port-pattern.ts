/**
 * A port as users type it: a bare number means that port over any
 * protocol (443 -> 443/*), as scanners store ports as `443/tcp`.
 */
export function portPattern(value: string): string {
  return /^\d+$/.test(value) ? `${value}/*` : value;
}
