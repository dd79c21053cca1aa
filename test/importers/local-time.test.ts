import { describe, expect, it } from 'vitest';
import {
  parseEnglishLocalTime,
  parseIsoLocalTime,
  parseZonedIsoTime,
} from '../../source/importers/local-time.js';

describe('scan times written by web scanners', () => {
  it("reads ZAP's English generated date as local time", () => {
    expect(parseEnglishLocalTime('Tue, 12 May 2020 20:59:12')).toEqual(
      new Date(2020, 4, 12, 20, 59, 12),
    );
  });

  it('gives no time for localized or impossible dates', () => {
    expect(parseEnglishLocalTime('Fr., 30 Sep. 2022 08:40:35')).toBeUndefined();
    expect(parseEnglishLocalTime('Tue, 31 Feb 2020 20:59:12')).toBeUndefined();
    expect(parseEnglishLocalTime('Tue, 12 Mai 2020 20:59:12')).toBeUndefined();
  });

  it("reads Nikto's start time, but not the epoch it writes for none", () => {
    expect(parseIsoLocalTime('2020-11-16 03:45:07')).toEqual(
      new Date(2020, 10, 16, 3, 45, 7),
    );
    expect(parseIsoLocalTime('1970-01-01 01:00:00')).toBeUndefined();
    expect(parseIsoLocalTime('2020-13-16 03:45:07')).toBeUndefined();
  });

  it('reads ISO times only when they carry a zone', () => {
    expect(parseZonedIsoTime('2025-10-22T16:09:39.761512Z')).toEqual(
      new Date('2025-10-22T16:09:39.761Z'),
    );
    expect(parseZonedIsoTime('2025-10-22T16:09:39')).toBeUndefined();
  });
});
