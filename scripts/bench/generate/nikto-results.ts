import { address, hostName, pick, prose, randomFrom } from './vary.js';

const TESTS = ['999103', '001234', '740001', '999970', '001503', '999986'];
const PATHS = ['/', '/admin/', '/backup/', '/shop.tar.gz', '/ドキュメント/'];
const METHODS = ['GET', 'HEAD', 'POST'];

export const RESULTS_PER_TARGET = 10;

/** What a Nikto target and its results say, shared by XML and JSON. */
export interface NiktoTargetData {
  ip: string;
  hostname: string;
  port: number;
  results: { id: string; method: string; uri: string; message: string }[];
}

/** Target `index` with ten results, each on its own test id and path. */
export function niktoTarget(index: number): NiktoTargetData {
  const random = randomFrom(index);
  const results = [];
  for (let result = 0; result < RESULTS_PER_TARGET; result++) {
    results.push({
      id: pick(random, TESTS),
      method: pick(random, METHODS),
      uri: `${pick(random, PATHS)}${result}/`,
      message: prose(random, 8, 120),
    });
  }

  return {
    ip: address(index),
    hostname: hostName(index),
    port: index % 3 === 0 ? 443 : 80,
    results,
  };
}
