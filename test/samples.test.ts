// Every folder in samples/ is a small realistic project with hand-written expectations
// (see scripts/bench/sample-files.ts for the file shapes). iamgen must allow every needed
// (action, resource) pair, grant none of the forbidden actions, and produce the same set of
// (action, resource) pairs as the expected policy (Sids, ordering and grouping aside).

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SuggestResult } from '../src/model.js';
import { canonicalPairs, policyAllows, policyGrantsAction } from '../scripts/bench/policy-grants.js';
import { loadSample, sampleDirs, sampleFileNames } from '../scripts/bench/sample-files.js';

const samplesRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const sampleNames = sampleDirs(samplesRoot).map((dir) => path.basename(dir));

describe('samples/ layout', () => {
  it('has at least 10 samples', () => {
    expect(sampleNames.length).toBeGreaterThanOrEqual(10);
  });

  it.each(sampleNames)('%s has a README.md, iamgen.json, expected-needed.json and expected-policy.json', (name) => {
    const missing = ['README.md', ...sampleFileNames].filter((file) => !existsSync(path.join(samplesRoot, name, file)));
    expect(missing).toEqual([]);
  });

  it('has no expectation file outside a sample folder', () => {
    const orphans = readdirSync(samplesRoot).filter(
      (name) => name !== 'README.md' && !statSync(path.join(samplesRoot, name)).isDirectory(),
    );
    expect(orphans).toEqual([]);
  });

  it.each(sampleNames)('%s: expectations name exactly the functions of iamgen.json, and those paths exist', (name) => {
    const sample = loadSample(path.join(samplesRoot, name));
    for (const fn of sample.functions) expect(existsSync(path.join(sample.dir, fn.path)), fn.path).toBe(true);
  });

  it.each(sampleNames)('%s: the expected policy allows every needed pair and no forbidden action', (name) => {
    // Guards the hand-written files against each other before they judge iamgen.
    for (const fn of loadSample(path.join(samplesRoot, name)).functions) {
      expect(fn.policy, `${fn.path}: expected-policy.json`).toBeDefined();
      expect(fn.needed.filter((pair) => !policyAllows(fn.policy!, pair))).toEqual([]);
      expect(fn.forbidden.filter((action) => policyGrantsAction(fn.policy!, action))).toEqual([]);
    }
  });
});

describe.each(sampleNames)('iamgen suggest on samples/%s', (name) => {
  const sample = loadSample(path.join(samplesRoot, name));
  let result: SuggestResult;

  beforeAll(async () => {
    // Imported here so that the layout checks above run even while the pipeline is being built.
    const { runSuggest } = await import('../src/run-suggest.js');
    const { paths, ...options } = sample.options;
    result = await runSuggest(paths, { ...options, cwd: sample.dir });
  });

  it('finds one function per path', () => {
    expect(result.functions).toHaveLength(sample.functions.length);
  });

  describe.each(sample.functions.map((fn, index) => ({ ...fn, index })))('$path', (fn) => {
    const produced = () => {
      const found = result.functions[fn.index];
      if (!found) throw new Error(`no result for ${fn.path}`);
      // A file path is its own entry; a folder path's entry lies inside the folder.
      const entry = path.resolve(sample.dir, found.entry);
      const given = path.resolve(sample.dir, fn.path);
      expect(entry === given || entry.startsWith(given + path.sep), `${found.entry} is not ${fn.path}`).toBe(true);
      return found.policy;
    };

    it('allows every needed (action, resource) pair', () => {
      const policy = produced();
      expect(fn.needed.filter((pair) => !policyAllows(policy, pair))).toEqual([]);
    });

    it('grants no forbidden action', () => {
      const policy = produced();
      expect(fn.forbidden.filter((action) => policyGrantsAction(policy, action))).toEqual([]);
    });

    it('grants the same (action, resource) pairs as expected-policy.json', () => {
      expect(canonicalPairs(produced())).toEqual(canonicalPairs(fn.policy!));
    });
  });
});
