import { parseEnglishLocalTime, parseZonedIsoTime } from './local-time.js';

/**
 * When a ZAP report says it was made: `created` (ISO 8601 with a zone,
 * newer ZAP) if present, else `generated` when it is ZAP's English
 * `Tue, 12 May 2020 20:59:12` (local time). Localized `generated` values
 * (`Fr., 30 Sep. 2022 08:40:35`) give no time rather than a wrong one.
 */
export function zapReportTime(
  created: string | undefined,
  generated: string | undefined,
): Date | undefined {
  return (
    parseZonedIsoTime(created ?? '') ?? parseEnglishLocalTime(generated ?? '')
  );
}
