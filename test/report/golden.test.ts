import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderExplain, renderers } from '../../src/report/index.js';
import { iacResult } from './iac-results.js';
import { emptyFunction, orderFunction, resultOf } from './sample-results.js';

// Every rendered report compared byte for byte with a file in golden/. Run with UPDATE_GOLDEN=1 to
// rewrite them after an intended change, then read the diff.
const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));

const one = resultOf([orderFunction]);
const several = resultOf([orderFunction, emptyFunction], [{ severity: 'error', code: 'missing-path', message: 'functions/gone does not exist.' }]);

const cases: Array<{ golden: string; render: () => string }> = [
  { golden: 'one-function.json', render: () => renderers.json(one) },
  { golden: 'several-functions.json', render: () => renderers.json(several) },
  { golden: 'explain.json', render: () => renderers.json(one, { explain: true }) },
  { golden: 'one-function.yaml', render: () => renderers.yaml(one) },
  { golden: 'several-functions.yaml', render: () => renderers.yaml(several) },
  { golden: 'several-functions.md', render: () => renderers.markdown(several) },
  { golden: 'several-functions.explain.txt', render: () => renderExplain(several) },
  { golden: 'iac-functions.md', render: () => renderers.markdown(iacResult) },
  { golden: 'iac-functions.txt', render: () => renderers.text(iacResult) },
  { golden: 'iac-functions.sam.yaml', render: () => renderers.sam(iacResult) },
  { golden: 'iac-functions.cloudformation.yaml', render: () => renderers.cloudformation(iacResult) },
  { golden: 'iac-functions.serverless.yml', render: () => renderers.serverless(iacResult) },
  // Not `.ts`: the golden folder is inside tsconfig's `include`, and the snippet is not a module.
  { golden: 'iac-functions.cdk.ts.txt', render: () => renderers.cdk(iacResult) },
  { golden: 'iac-functions.tf', render: () => renderers.terraform(iacResult) },
];

describe('rendered reports match their golden files', () => {
  it.each(cases)('$golden', ({ golden, render }) => {
    const path = `${GOLDEN_DIR}${golden}`;
    const actual = render();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, 'utf8'));
  });

  it('has no golden file without a test', () => {
    expect(readdirSync(GOLDEN_DIR).sort()).toEqual(cases.map((entry) => entry.golden).sort());
  });
});
