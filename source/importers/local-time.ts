const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

const ENGLISH_TIME = new RegExp(
  '^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ' +
    '(\\d{1,2}) ([A-Z][a-z]{2}) (\\d{4}) (\\d\\d):(\\d\\d):(\\d\\d)$',
);

/**
 * A wall-clock time without a time zone, read as local time. Returns
 * undefined unless every part is in range and the year is after 1970
 * (Nikto writes the epoch when it has no time), so a date the scanner
 * wrote in some other shape never becomes a wrong scan time.
 */
export function localTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): Date | undefined {
  const time = new Date(year, month - 1, day, hour, minute, second);
  const exact =
    time.getFullYear() === year &&
    time.getMonth() === month - 1 &&
    time.getDate() === day &&
    time.getHours() === hour &&
    time.getMinutes() === minute &&
    time.getSeconds() === second;

  return exact && year > 1970 ? time : undefined;
}

/** `2020-11-16 03:45:07` as local time. */
export function parseIsoLocalTime(text: string): Date | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)$/.exec(
    text.trim(),
  );
  if (!match) return undefined;

  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map(Number) as [number, number, number, number, number, number];
  return localTime(year, month, day, hour, minute, second);
}

/**
 * `Tue, 12 May 2020 20:59:12` (English day and month names) as local
 * time; localized forms such as `Fr., 30 Sep. 2022 08:40:35` give
 * undefined.
 */
export function parseEnglishLocalTime(text: string): Date | undefined {
  const match = ENGLISH_TIME.exec(text.trim());
  if (!match) return undefined;

  const month = MONTHS.indexOf((match[2] ?? '').toLowerCase()) + 1;
  if (month === 0) return undefined;

  const [day, , year, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return localTime(year, month, day, hour, minute, second);
}

/** An ISO 8601 time with a zone (`2025-10-22T16:09:39.76Z`), else none. */
export function parseZonedIsoTime(text: string): Date | undefined {
  const zoned =
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(
      text.trim(),
    );
  if (!zoned) return undefined;

  const time = new Date(text.trim());
  return Number.isNaN(time.getTime()) ? undefined : time;
}
