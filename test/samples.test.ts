// Every folder in samples/ is a small realistic project with hand-written expectations
// (see scripts/bench/sample-files.ts for the file shapes). iamgen must allow every needed
// (action, resource) pair, grant none of the forbidden actions, and produce the same set of
// (action, resource) pairs as the expected policy (Sids, ordering and grouping aside).
// A project sample is run on its root, so the functions and their environment come from the IaC
// alone: iamgen must find exactly its functions, say what the IaC grants that is missing or in
// excess, and write policies back as SAM/CloudFormation YAML and Terraform HCL that parse.

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FunctionResult, SuggestResult } from '../src/model.js';
import { canonicalPairs, policyAllows, policyGrantsAction } from '../scripts/bench/policy-grants.js';
import { loadSample, matchFunctions, sampleDirs, sampleFileNames, suggestArguments, type NeededPair } from '../scripts/bench/sample-files.js';
import { parseCloudFormationYaml } from './report/cloudformation-yaml.js';
import { parseHcl } from './report/hcl-structure.js';

const samplesRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const sampleNames = sampleDirs(samplesRoot).map((dir) => path.basename(dir));
const projectSampleNames = sampleNames.filter((name) => loadSample(path.join(samplesRoot, name)).kind === 'project');

const pairLines = (pairs: NeededPair[]): string[] => pairs.map((pair) => `${pair.action} ${pair.resource}`).sort();

describe('samples/ layout', () => {
  it('has at least 10 samples', () => {
    expect(sampleNames.length).toBeGreaterThanOrEqual(10);
  });

  it('has a project sample of each IaC kind', () => {
    expect(projectSampleNames).toEqual(['cdk-shop', 'sam-orders', 'serverless-notes', 'terraform-uploads']);
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

  it.each(sampleNames)('%s: the function paths (path samples) or entries (project samples) exist', (name) => {
    const sample = loadSample(path.join(samplesRoot, name));
    for (const fn of sample.functions) {
      const file = sample.kind === 'paths' ? fn.key : fn.entry;
      expect(file, `${fn.key}: expected-policy.json gives no entry`).toBeDefined();
      expect(existsSync(path.join(sample.dir, file!)), file).toBe(true);
    }
  });

  it.each(sampleNames)('%s: the expected policy allows every needed pair and no forbidden action', (name) => {
    // Guards the hand-written files against each other before they judge iamgen.
    for (const fn of loadSample(path.join(samplesRoot, name)).functions) {
      expect(fn.policy, `${fn.key}: expected-policy.json`).toBeDefined();
      expect(fn.needed.filter((pair) => !policyAllows(fn.policy!, pair))).toEqual([]);
      expect(fn.forbidden.filter((action) => policyGrantsAction(fn.policy!, action))).toEqual([]);
    }
  });

  it.each(projectSampleNames)('%s: declared missing pairs are needed, declared excess pairs are not', (name) => {
    for (const fn of loadSample(path.join(samplesRoot, name)).functions) {
      expect(fn.declared, `${fn.key}: expected-needed.json "declared"`).toBeDefined();
      const needed = new Set(pairLines(fn.needed));
      expect(pairLines(fn.declared!.missing).filter((line) => !needed.has(line))).toEqual([]);
      expect(fn.declared!.excess.filter((pair) => policyAllows(fn.policy!, pair))).toEqual([]);
    }
  });
});

describe.each(sampleNames)('iamgen suggest on samples/%s', (name) => {
  const sample = loadSample(path.join(samplesRoot, name));
  let result: SuggestResult;

  beforeAll(async () => {
    // Imported here so that the layout checks above run even while the pipeline is being built.
    const { runSuggest } = await import('../src/run-suggest.js');
    result = await runSuggest(...suggestArguments(sample));
  });

  if (sample.kind === 'paths') {
    it('finds one function per path', () => {
      expect(result.functions).toHaveLength(sample.functions.length);
    });
  } else {
    it('finds every function the IaC deploys and nothing else', () => {
      expect(result.functions.map((fn) => fn.name).sort()).toEqual(sample.functions.map((fn) => fn.key).sort());
    });
  }

  describe.each(sample.functions)('$key', (fn) => {
    const found = (): FunctionResult => {
      const match = matchFunctions(sample, result).matched.find((m) => m.expectation === fn)?.result;
      if (!match) throw new Error(`no result for ${fn.key}`);
      return match;
    };
    const produced = () => {
      const match = found();
      if (sample.kind === 'paths') {
        // A file path is its own entry; a folder path's entry lies inside the folder.
        const entry = path.resolve(sample.dir, match.entry);
        const given = path.resolve(sample.dir, fn.key);
        expect(entry === given || entry.startsWith(given + path.sep), `${match.entry} is not ${fn.key}`).toBe(true);
      } else {
        expect(match.entry).toBe(fn.entry);
      }
      return match.policy;
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

    if (fn.declared) {
      const declared = fn.declared;

      it('reports exactly the expected grants missing from the IaC', () => {
        expect(pairLines(found().declaredDiff?.missing ?? [])).toEqual(pairLines(declared.missing));
      });

      it(declared.excess.length > 0 ? 'reports what the IaC over-grants as excess' : 'reports no excess: the IaC grants what the code needs', () => {
        const excess = found().declaredDiff?.excess ?? [];
        expect(excess.length > 0).toBe(declared.excess.length > 0);
        const reported = new Set(pairLines(excess));
        expect(pairLines(declared.excess).filter((line) => !reported.has(line))).toEqual([]);
      });
    }
  });

  if (sample.kind === 'project') {
    describe('write-back formats parse', () => {
      const render = async (format: 'sam' | 'cloudformation' | 'terraform'): Promise<string> => {
        const { renderers } = await import('../src/report/index.js');
        return renderers[format](result);
      };
      const needingPolicy = () => result.functions.filter((fn) => fn.policy.Statement.length > 0);

      it('sam: one Policies document per function', async () => {
        const template = parseCloudFormationYaml(await render('sam')) as { Resources: Record<string, { Properties: { Policies: Array<{ Statement: unknown[] }> } }> };
        const resources = Object.values(template.Resources);
        expect(resources).toHaveLength(result.functions.length);
        expect(resources.map((resource) => resource.Properties.Policies.reduce((n, policy) => n + policy.Statement.length, 0)).sort()).toEqual(
          result.functions.map((fn) => fn.policy.Statement.length).sort(),
        );
      });

      it('cloudformation: an AWS::IAM::Policy per function that needs permissions', async () => {
        const template = parseCloudFormationYaml(await render('cloudformation')) as { Resources: Record<string, { Type: string; Properties: { PolicyDocument: { Statement: unknown[] } } }> };
        const resources = Object.values(template.Resources);
        expect(resources.map((resource) => resource.Type)).toEqual(needingPolicy().map(() => 'AWS::IAM::Policy'));
        expect(resources.map((resource) => resource.Properties.PolicyDocument.Statement.length).sort()).toEqual(
          needingPolicy().map((fn) => fn.policy.Statement.length).sort(),
        );
      });

      it('terraform: fmt-style HCL, a data "aws_iam_policy_document" per function that needs permissions', async () => {
        const config = parseHcl(await render('terraform'));
        expect(config.blocks.map((block) => [block.type, block.labels[0]])).toEqual(needingPolicy().map(() => ['data', 'aws_iam_policy_document']));
        expect(config.blocks.map((block) => block.body.blocks.filter((inner) => inner.type === 'statement').length).sort()).toEqual(
          needingPolicy().map((fn) => fn.policy.Statement.length).sort(),
        );
      });
    });
  }
});

describe('project samples: triggers and the IaC region', () => {
  const run = async (name: string, drop: Array<'region' | 'account'> = []) => {
    const { runSuggest } = await import('../src/run-suggest.js');
    const [paths, options] = suggestArguments(loadSample(path.join(samplesRoot, name)));
    for (const key of drop) delete options[key];
    return runSuggest(paths, options);
  };

  it('sam-orders: the SQS event needs ReceiveMessage, said to come from the template, not the code', async () => {
    const fulfil = (await run('sam-orders')).functions.find((fn) => fn.name === 'FulfilOrderFunction')!;
    const receive = fulfil.permissions.find((p) => p.action === 'sqs:ReceiveMessage')!;
    expect(receive.calls).toEqual([
      { at: { file: 'template.yaml', line: 150, column: 1 }, service: 'lambda', operation: 'SqsEventSource', via: 'iac-trigger', why: "Lambda polls the queue with the function's role" },
    ]);
  });

  it('cdk-shop: grantConsumeMessages is no longer excess for what the poller uses', async () => {
    const processOrder = (await run('cdk-shop')).functions.find((fn) => fn.name === 'ProcessOrder')!;
    expect(processOrder.declaredDiff!.excess.filter((grant) => grant.action.startsWith('sqs:')).map((grant) => grant.action).sort()).toEqual(['sqs:ChangeMessageVisibility', 'sqs:GetQueueUrl']);
  });

  it.each([
    ['serverless-notes', 'arn:aws:dynamodb:eu-west-1:*:table/notes-prod-notes'],
    ['terraform-uploads', 'arn:aws:dynamodb:us-east-1:*:table/acme-staging-uploads'],
  ])('%s without --region or --account: the region comes from the IaC', async (name, tableArn) => {
    const result = await run(name, ['region', 'account']);
    const resources = result.functions.flatMap((fn) => fn.permissions.map((p) => p.resource));
    expect(resources.filter((resource) => resource.startsWith('arn:aws:dynamodb:')).sort()[0]).toBe(tableArn);
    expect(resources.filter((resource) => /^arn:aws:(dynamodb|sqs|sns):\*:/.test(resource))).toEqual([]);
  });

  it('sam-orders without --region: SAM leaves the region to the deploy, so it stays *', async () => {
    const result = await run('sam-orders', ['region']);
    const create = result.functions.find((fn) => fn.name === 'CreateOrderFunction')!;
    expect(create.permissions.find((p) => p.action === 'dynamodb:PutItem')?.resource).toBe('arn:aws:dynamodb:*:123456789012:table/orders-prod');
  });
});
