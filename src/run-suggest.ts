import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyzeFunctions, type FunctionEntry } from './analyze/analyze-functions.js';
import { callContextFrom } from './call-context.js';
import { compareDeclared } from './diff/compare-declared.js';
import { functionSourcesFromPaths } from './discover/function-paths.js';
import { projectFunctions } from './discover/project-functions.js';
import { withTriggerPermissions } from './discover/trigger-permissions.js';
import { UsageError } from './errors.js';
import { loadMapIndex } from './maps/load-maps.js';
import type { CallContext, Finding, FunctionResult, FunctionTrigger, SuggestResult } from './model.js';
import { buildPolicy } from './policy/build-policy.js';
import { neededPermissions } from './policy/needed-permissions.js';
import { fitPolicy, ROLE_INLINE_POLICIES_LIMIT } from './policy/policy-size.js';
import { relativeFindings, withRelativeLocations } from './relative-locations.js';
import { toolVersion } from './tool-version.js';

export interface SuggestOptions {
  /** Environment variables of the functions (`--env KEY=VALUE`): they fill `process.env.X` in the code and win over the IaC's. */
  env: Record<string, string>;
  /** `--account`, `--region`, `--partition`: they win over what the IaC says. */
  account?: string;
  region?: string;
  partition?: string;
  /** What the environment says ($AWS_REGION, $AWS_ACCOUNT_ID): used when neither a flag nor the IaC gives a value. */
  fallback?: { region?: string; account?: string };
  /** Paths in the result are relative to this folder. */
  cwd?: string;
  /** Project-root mode: the IaC file to read instead of looking for one, and its inputs. */
  template?: string;
  parameters?: Record<string, string>;
  stage?: string;
  stackName?: string;
}

/** A function to analyse, from a path or from a project's IaC. */
interface FunctionInput {
  entry: FunctionEntry;
  env: Record<string, string>;
  iac?: FunctionResult['iac'];
  triggers: FunctionTrigger[];
  /** The region and account the IaC deploys to, used where the flags give none. */
  deployedTo: { region?: string; account?: string };
  findings: Finding[];
}

/** discover -> analyze -> resolve -> policy -> diff for the functions at `paths`. */
export async function runSuggest(paths: string[], options: SuggestOptions): Promise<SuggestResult> {
  const cwd = options.cwd ?? process.cwd();
  const runFindings: Finding[] = [];
  const inputs = paths.flatMap((given) => functionInputs(given, cwd, options, runFindings));
  const envMaps = new Map<string, ReadonlyMap<string, string>>();
  const entries = inputs.map(({ entry, env }) => {
    const merged = { ...env, ...options.env };
    const key = JSON.stringify(Object.entries(merged).sort());
    if (!envMaps.has(key)) envMaps.set(key, new Map(Object.entries(merged)));
    return { ...entry, env: envMaps.get(key)! };
  });
  const analysed = analyzeFunctions(entries, { env: new Map(Object.entries(options.env)) });
  const functions = await Promise.all(analysed.map(async (fn, index): Promise<FunctionResult> => {
    const input = inputs[index]!;
    const code = neededPermissions(fn.calls, functionContext(options, input.deployedTo));
    const triggered = withTriggerPermissions(code.permissions, input.triggers);
    const needed = { permissions: triggered.permissions, findings: [...code.findings, ...triggered.findings] };
    const built = buildPolicy(needed.permissions);
    const fitted = fitPolicy(built.policy, ROLE_INLINE_POLICIES_LIMIT);
    const result: FunctionResult = {
      name: fn.name,
      entry: path.relative(cwd, fn.entry) || path.basename(fn.entry),
      policy: fitted.policies.length === 1 ? fitted.policies[0]! : built.policy,
      permissions: needed.permissions,
      calls: fn.calls,
      findings: [...input.findings, ...fn.findings, ...needed.findings, ...built.findings, ...fitted.findings],
    };
    if (fitted.policies.length > 1) result.managedPolicies = fitted.policies;
    if (input.iac) {
      result.iac = input.iac;
      result.declaredDiff = await compareDeclared(needed.permissions, input.iac.declaredPolicies, input.iac.managedPolicyArns);
    }
    return withRelativeLocations(result, cwd);
  }));
  return {
    schemaVersion: 1,
    tool: { name: 'iamgen', version: toolVersion(), dataVersion: loadMapIndex().dataVersion },
    functions,
    findings: relativeFindings(runFindings, cwd),
  };
}

/** One path: a project root read through its IaC, or one function's file or folder. */
function functionInputs(given: string, cwd: string, options: SuggestOptions, runFindings: Finding[]): FunctionInput[] {
  const absolute = path.resolve(cwd, given);
  if (!existsSync(absolute)) throw new UsageError(`${given}: no such file or folder`);
  const template = options.template === undefined ? undefined : path.resolve(cwd, options.template);
  const project = statSync(absolute).isDirectory() || template
    ? projectFunctions(absolute, { ...options, template, parameters: options.parameters ?? {} })
    : undefined;
  if (!project) {
    return functionSourcesFromPaths([given], cwd).map((source) => ({ entry: source, env: {}, triggers: [], deployedTo: {}, findings: [] }));
  }
  runFindings.push(...project.findings);
  if (project.functions.length === 0) {
    runFindings.push({ severity: 'note', code: 'no-functions', message: `${given}: the IaC declares no Node.js function with local code` });
  }
  return project.functions.map((fn) => ({
    entry: { name: fn.name, entry: fn.entry, handlerExport: fn.handlerExport },
    env: fn.env,
    iac: { at: { ...fn.at, file: path.relative(cwd, fn.at.file) || fn.at.file }, declaredPolicies: fn.declaredPolicies, managedPolicyArns: fn.managedPolicyArns, resourceArns: fn.resourceArns },
    triggers: fn.triggers ?? [],
    deployedTo: { ...(fn.region ? { region: fn.region } : {}), ...(fn.account ? { account: fn.account } : {}) },
    findings: fn.findings,
  }));
}

/** The ARN context of one function: the flags win, then what its IaC says, then the environment, then `*`. */
function functionContext(options: SuggestOptions, deployedTo: FunctionInput['deployedTo']): CallContext {
  return callContextFrom({
    partition: options.partition,
    region: options.region || deployedTo.region || options.fallback?.region,
    account: options.account || deployedTo.account || options.fallback?.account,
  });
}
