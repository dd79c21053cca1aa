import { describe, expect, it } from 'vitest';
import { stableResult } from '../../source/importers/qualys/volatile.js';

describe('stableResult', () => {
  it('drops scan timing, uptime and HTTP dates', () => {
    expect(
      stableResult(
        'Scan duration: 812 seconds\n\nStart time: Mon, Mar 02 2026\n\n' +
          "End time: Mon, Mar 02 2026\nthe host's uptime is 3 days.\n" +
          'HTTP/1.1 200 OK\nDate: Wed, 31 Jul 2019 21:33:02 GMT\nServer: nginx',
      ),
    ).toBe('HTTP/1.1 200 OK\nServer: nginx');
  });

  it("blanks the host's clock but keeps the rest of the line", () => {
    expect(
      stableResult(
        'Time Stamp (type=14 code=0)\tTime Stamp Request\t21:38:26 GMT\n' +
          'Timestamp of host (network byte ordering): 21:38:26 GMT',
      ),
    ).toBe(
      'Time Stamp (type=14 code=0)\tTime Stamp Request\n' +
        'Timestamp of host (network byte ordering):',
    );
  });

  it('leaves dates that describe the host alone', () => {
    const certificate = '(0)Valid Till\tOct 1 20:25:08 2019 GMT';
    expect(stableResult(certificate)).toBe(certificate);
  });
});
