import path from 'node:path';
import { analyzeFunctions } from './analyze/analyze-functions.js';
import { callContextFrom } from './call-context.js';
import { functionSourcesFromPaths } from './discover/function-paths.js';
import { loadMapIndex } from './maps/load-maps.js';
import type { FunctionResult, SuggestResult } from './model.js';
import { buildPolicy } from './policy/build-policy.js';
import { fitPolicy, ROLE_INLINE_POLICIES_LIMIT } from './policy/policy-size.js';
import { neededPermissions } from './policy/needed-permissions.js';
import { toolVersion } from './tool-version.js';

export interface SuggestOptions {
  /** Environment variables of the functions (`--env KEY=VALUE`): they fill `process.env.X` in the code. */
  env: Record<string, string>;
  account?: string;
  region?: string;
  partition?: string;
  /** Paths in the result are relative to this folder. */
  cwd?: string;
}

/** discover -> analyze -> resolve -> policy for the functions at `paths`. */
export async function runSuggest(paths: string[], options: SuggestOptions): Promise<SuggestResult> {
  const cwd = options.cwd ?? process.cwd();
  const context = callContextFrom(options);
  const sources = functionSourcesFromPaths(paths, cwd);
  const analysed = analyzeFunctions(sources, { env: new Map(Object.entries(options.env)) });
  const functions: FunctionResult[] = analysed.map((fn) => {
    const needed = neededPermissions(fn.calls, context);
    const built = buildPolicy(needed.permissions);
    const fitted = fitPolicy(built.policy, ROLE_INLINE_POLICIES_LIMIT);
    const result: FunctionResult = {
      name: fn.name,
      entry: path.relative(cwd, fn.entry) || path.basename(fn.entry),
      policy: fitted.policies.length === 1 ? fitted.policies[0]! : built.policy,
      permissions: needed.permissions,
      calls: fn.calls,
      findings: [...fn.findings, ...needed.findings, ...built.findings, ...fitted.findings],
    };
    if (fitted.policies.length > 1) result.managedPolicies = fitted.policies;
    return result;
  });
  return {
    schemaVersion: 1,
    tool: { name: 'iamgen', version: toolVersion(), dataVersion: loadMapIndex().dataVersion },
    functions,
    findings: [],
  };
}
