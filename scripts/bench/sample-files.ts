// Reads a sample folder: iamgen.json (the command options), expected-needed.json (the ground truth)
// and expected-policy.json (the policy a careful engineer would write). Used by
// test/samples.test.ts and scripts/bench-accuracy.ts, so the held-out projects are read the same way.
//
//   iamgen.json           {"paths": ["src/handler.ts"], "env": {...}, "account": "...", "region": "..."}
//   expected-needed.json  one function:  {"needed": [{"action","resource"}], "forbidden": ["svc:Action"]}
//                         several:       {"functions": [{"path", "needed", "forbidden"}]}  (paths in iamgen.json order)
//   expected-policy.json  one function:  a policy document; several: {"functions": [{"name","entry","policy"}]}

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PolicyDocument } from '../../src/model.js';

export const sampleFileNames = ['iamgen.json', 'expected-needed.json', 'expected-policy.json'] as const;

export interface SampleOptions {
  /** Function paths relative to the sample folder. */
  paths: string[];
  env: Record<string, string>;
  account?: string;
  region?: string;
  partition?: string;
}

export interface NeededPair {
  action: string;
  resource: string;
}

export interface FunctionExpectation {
  path: string;
  needed: NeededPair[];
  forbidden: string[];
  /** From expected-policy.json, when the sample has one. */
  policy?: PolicyDocument;
}

export interface Sample {
  name: string;
  dir: string;
  options: SampleOptions;
  functions: FunctionExpectation[];
}

/**
 * The sample folders under `root`, or `root` itself when it is one (it holds an iamgen.json).
 * A project sample that only states the functions its IaC declares (expected-functions.json, no
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

export function loadSample(dir: string): Sample {
  const options = readJson(path.join(dir, 'iamgen.json')) as SampleOptions;
  if (!Array.isArray(options.paths) || options.paths.length === 0) {
    throw new Error(`${dir}/iamgen.json: "paths" must list the function paths`);
  }
  options.env ??= {};
  const needed = readJson(path.join(dir, 'expected-needed.json')) as
    | { needed: NeededPair[]; forbidden?: string[] }
    | { functions: Array<{ path: string; needed: NeededPair[]; forbidden?: string[] }> };
  const policyFile = path.join(dir, 'expected-policy.json');
  const policies = existsSync(policyFile) ? (readJson(policyFile) as PolicyDocument | { functions: Array<{ policy: PolicyDocument }> }) : undefined;

  let functions: FunctionExpectation[];
  if ('functions' in needed) {
    functions = needed.functions.map((f) => ({ path: f.path, needed: f.needed, forbidden: f.forbidden ?? [] }));
    const expectedPolicies = policies && 'functions' in policies ? policies.functions : undefined;
    functions.forEach((f, index) => (f.policy = expectedPolicies?.[index]?.policy));
  } else {
    functions = [{ path: options.paths[0]!, needed: needed.needed, forbidden: needed.forbidden ?? [], policy: policies as PolicyDocument | undefined }];
  }
  const paths = functions.map((f) => f.path);
  if (paths.length !== options.paths.length || paths.some((p, i) => p !== options.paths[i])) {
    throw new Error(`${dir}: expected-needed.json functions (${paths.join(', ')}) differ from iamgen.json paths (${options.paths.join(', ')})`);
  }
  return { name: path.basename(dir), dir, options, functions };
}
