// Reads a sample folder: iamgen.json (the command options), expected-needed.json (the ground truth)
// and expected-policy.json (the policy a careful engineer would write). Used by
// test/samples.test.ts and scripts/bench-accuracy.ts, so the held-out projects are read the same way.
//
// A path sample runs iamgen on function files with the environment given by hand:
//   iamgen.json           {"paths": ["src/handler.ts"], "env": {...}, "account": "...", "region": "..."}
//   expected-needed.json  one function:  {"needed": [{"action","resource"}], "forbidden": ["svc:Action"]}
//                         several:       {"functions": [{"path", "needed", "forbidden"}]}  (paths in iamgen.json order)
//   expected-policy.json  one function:  a policy document; several: {"functions": [{"name","entry","policy"}]}
//
// A project sample runs iamgen on the project root, which finds the functions and their environment
// in the IaC (no `env`, no `paths`):
//   iamgen.json           {"project": ".", "account", "region", "parameters"?, "stage"?, "stackName"?, "template"?}
//   expected-needed.json  {"functions": [{"name", "needed", "forbidden", "declared"?}]}
//                         `name` is the function's name in the IaC; the names are exactly the functions
//                         iamgen must find. `declared` (optional) is what the diff against the IaC's own
//                         grants must say: `missing`, exactly these pairs; `excess`, pairs that must be
//                         among the excess grants (an empty list: the IaC grants nothing more than needed).
//   expected-policy.json  {"functions": [{"name", "entry", "policy"}]}, matched by name.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { FunctionResult, PolicyDocument, SuggestResult } from '../../src/model.js';
import type { SuggestOptions } from '../../src/run-suggest.js';

export const sampleFileNames = ['iamgen.json', 'expected-needed.json', 'expected-policy.json'] as const;

interface CommonOptions {
  account?: string;
  region?: string;
  partition?: string;
}

export interface PathSampleOptions extends CommonOptions {
  /** Function paths relative to the sample folder. */
  paths: string[];
  env: Record<string, string>;
}

export interface ProjectSampleOptions extends CommonOptions {
  /** The project root relative to the sample folder. */
  project: string;
  parameters?: Record<string, string>;
  stage?: string;
  stackName?: string;
  template?: string;
}

export interface NeededPair {
  action: string;
  resource: string;
}

/** What iamgen's diff against the IaC's grants must report for one function of a project sample. */
export interface DeclaredExpectation {
  /** Exactly the needed pairs the IaC does not grant. */
  missing: NeededPair[];
  /** Pairs that must be among the excess grants; empty when the IaC grants exactly what is needed. */
  excess: NeededPair[];
}

export interface FunctionExpectation {
  /** How the sample names the function: its path (path samples) or its IaC name (project samples). */
  key: string;
  needed: NeededPair[];
  forbidden: string[];
  /** From expected-policy.json, when the sample has one. */
  policy?: PolicyDocument;
  /** Project samples: the entry file expected-policy.json gives, relative to the sample folder. */
  entry?: string;
  declared?: DeclaredExpectation;
}

export type Sample =
  | { kind: 'paths'; name: string; dir: string; options: PathSampleOptions; functions: FunctionExpectation[] }
  | { kind: 'project'; name: string; dir: string; options: ProjectSampleOptions; functions: FunctionExpectation[] };

/**
 * The sample folders under `root`, or `root` itself when it is one (it holds an iamgen.json).
 * A project that only states the functions its IaC declares (expected-functions.json, no
 * iamgen.json) is checked by its IaC reader's tests instead.
 */
export function sampleDirs(root: string): string[] {
  if (existsSync(path.join(root, 'iamgen.json'))) return [root];
  return readdirSync(root)
    .map((name) => path.join(root, name))
    .filter((dir) => statSync(dir).isDirectory() && !path.basename(dir).startsWith('.'))
    .filter((dir) => existsSync(path.join(dir, 'iamgen.json')) || !existsSync(path.join(dir, 'expected-functions.json')))
    .sort();
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

interface ExpectedFunctionFile {
  path?: string;
  name?: string;
  needed: NeededPair[];
  forbidden?: string[];
  declared?: DeclaredExpectation;
}

type ExpectedPolicyFile = PolicyDocument | { functions: Array<{ name: string; entry: string; policy: PolicyDocument }> };

export function loadSample(dir: string): Sample {
  const options = readJson(path.join(dir, 'iamgen.json')) as Partial<PathSampleOptions & ProjectSampleOptions>;
  const needed = readJson(path.join(dir, 'expected-needed.json')) as { needed: NeededPair[]; forbidden?: string[] } | { functions: ExpectedFunctionFile[] };
  const policyFile = path.join(dir, 'expected-policy.json');
  const policies = existsSync(policyFile) ? (readJson(policyFile) as ExpectedPolicyFile) : undefined;
  const name = path.basename(dir);
  if (options.project !== undefined) return loadProjectSample(dir, name, options as ProjectSampleOptions, needed, policies);

  if (!Array.isArray(options.paths) || options.paths.length === 0) {
    throw new Error(`${dir}/iamgen.json: "paths" must list the function paths, or "project" name the project root`);
  }
  const pathOptions = { ...options, paths: options.paths, env: options.env ?? {} };
  let functions: FunctionExpectation[];
  if ('functions' in needed) {
    functions = needed.functions.map((f) => ({ key: f.path ?? '', needed: f.needed, forbidden: f.forbidden ?? [] }));
    const expectedPolicies = policies && 'functions' in policies ? policies.functions : undefined;
    functions.forEach((f, index) => (f.policy = expectedPolicies?.[index]?.policy));
  } else {
    functions = [{ key: options.paths[0]!, needed: needed.needed, forbidden: needed.forbidden ?? [], policy: policies as PolicyDocument | undefined }];
  }
  const paths = functions.map((f) => f.key);
  if (paths.length !== options.paths.length || paths.some((p, i) => p !== options.paths![i])) {
    throw new Error(`${dir}: expected-needed.json functions (${paths.join(', ')}) differ from iamgen.json paths (${options.paths.join(', ')})`);
  }
  return { kind: 'paths', name, dir, options: pathOptions, functions };
}

function loadProjectSample(
  dir: string,
  name: string,
  options: ProjectSampleOptions,
  needed: { needed: NeededPair[] } | { functions: ExpectedFunctionFile[] },
  policies: ExpectedPolicyFile | undefined,
): Sample {
  const misplaced = ['paths', 'env'].filter((key) => key in options);
  if (misplaced.length > 0) {
    throw new Error(`${dir}/iamgen.json: a project sample takes its functions and environment from the IaC; drop ${misplaced.join(', ')}`);
  }
  if (!('functions' in needed) || needed.functions.some((f) => typeof f.name !== 'string' || f.path !== undefined)) {
    throw new Error(`${dir}/expected-needed.json: a project sample lists {"functions": [{"name", "needed", "forbidden"}]} by IaC name`);
  }
  const names = needed.functions.map((f) => f.name!);
  const duplicate = names.find((n, index) => names.indexOf(n) !== index);
  if (duplicate !== undefined) throw new Error(`${dir}/expected-needed.json: function ${duplicate} is listed twice`);
  const expectedPolicies = policies && 'functions' in policies ? policies.functions : [];
  const policyNames = expectedPolicies.map((p) => p.name).sort();
  if (policies !== undefined && JSON.stringify(policyNames) !== JSON.stringify([...names].sort())) {
    throw new Error(`${dir}: expected-policy.json functions (${policyNames.join(', ')}) differ from expected-needed.json (${[...names].sort().join(', ')})`);
  }
  const functions = needed.functions.map((f): FunctionExpectation => {
    const expected = expectedPolicies.find((p) => p.name === f.name);
    return { key: f.name!, needed: f.needed, forbidden: f.forbidden ?? [], policy: expected?.policy, entry: expected?.entry, declared: f.declared };
  });
  return { kind: 'project', name, dir, options, functions };
}

/** The arguments of `runSuggest` that run iamgen on the sample as its iamgen.json says. */
export function suggestArguments(sample: Sample): [string[], SuggestOptions] {
  if (sample.kind === 'paths') {
    const { paths, ...options } = sample.options;
    return [paths, { ...options, cwd: sample.dir }];
  }
  const { project, ...options } = sample.options;
  return [[project], { ...options, env: {}, cwd: sample.dir }];
}

export interface MatchedFunctions {
  /** Each expectation with the result iamgen gave for it, if any. */
  matched: Array<{ expectation: FunctionExpectation; result: FunctionResult | undefined }>;
  /** Functions iamgen found that the sample does not list (project samples: functions that are not deployed). */
  extra: string[];
}

/**
 * Pairs expectations with results: by position for a path sample (one result per path, in order),
 * by IaC name for a project sample.
 */
export function matchFunctions(sample: Sample, result: SuggestResult): MatchedFunctions {
  if (sample.kind === 'paths') {
    return {
      matched: sample.functions.map((expectation, index) => ({ expectation, result: result.functions[index] })),
      extra: result.functions.slice(sample.functions.length).map((f) => f.name),
    };
  }
  const keys = new Set(sample.functions.map((f) => f.key));
  return {
    matched: sample.functions.map((expectation) => ({ expectation, result: result.functions.find((f) => f.name === expectation.key) })),
    extra: result.functions.map((f) => f.name).filter((found) => !keys.has(found)),
  };
}
