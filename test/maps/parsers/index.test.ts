import { describe, expect, it } from 'vitest';
import { valueParsers } from '../../../src/maps/parsers/index.js';
import { testContext } from './context.js';

// Every parser must turn a wholly unknown value into wildcards, never into a guessed name.
describe('valueParsers', () => {
  it.each(Object.entries(valueParsers))('%s reads "*" as unknown', (_name, parse) => {
    const readings = parse('*', testContext);
    expect(readings.length).toBeGreaterThan(0);
    for (const reading of readings) {
      const known = Object.entries(reading.vars).filter(([key, value]) => !['Partition', 'Region', 'Account', 'Verb'].includes(key) && value !== '*');
      expect(known).toEqual([]);
    }
  });
});
