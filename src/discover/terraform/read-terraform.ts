import { existsSync, statSync } from 'node:fs';
import type { DiscoveredFunction, Finding, IacReadResult } from '../../model.js';
import { createEvaluator, type Evaluator, type TerraformOptions } from './evaluate-expression.js';
import { functionSource } from './function-source.js';
import { functionTriggers } from './function-triggers.js';
import { resourceName } from './references.js';
import { terraformResourceTypes } from './resource-attributes.js';
import { rolePermissions } from './role-policies.js';
import { attributeOf, blocksOf, readTerraformModule, type Declared } from './terraform-module.js';
import type { HclBlock } from './hcl/hcl-ast.js';
import { isUnknown, toPattern } from './terraform-values.js';

export type { TerraformOptions } from './evaluate-expression.js';

/** The `aws_lambda_function` resources of the `*.tf` files of `dir`, with entries, environments and what their roles grant. */
export function readTerraform(dir: string, options: TerraformOptions = {}): IacReadResult {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { functions: [], findings: [{ severity: 'error', code: 'unreadable-file', message: `${dir}: not a folder of Terraform files`, at: { file: dir, line: 1, column: 1 } }] };
  }
  const { module, findings } = readTerraformModule(dir);
  const evaluator = createEvaluator(module, options);
  const resourceArns = resourceArnsOf(evaluator);
  const deployedTo = deployedRegion(evaluator);
  // Problems met while computing the ARNs belong to the functions that use those resources.
  evaluator.findings.length = 0;
  const functions: DiscoveredFunction[] = [];
  const fileFindings: Finding[] = [...findings];

  for (const [address, declared] of module.resources) {
    if (!address.startsWith('aws_lambda_function.')) continue;
    const since = evaluator.findings.length;
    const found = readFunction(evaluator, address, declared);
    const own = evaluator.findings.slice(since);
    if ('problem' in found) fileFindings.push(...own, found.problem);
    else functions.push({ ...found, ...deployedTo, resourceArns, findings: own });
  }
  return { functions, findings: fileFindings };
}

function readFunction(evaluator: Evaluator, address: string, declared: Declared<HclBlock>): Omit<DiscoveredFunction, 'findings' | 'resourceArns'> | { problem: Finding } {
  const found = functionSource(evaluator, declared);
  if ('problem' in found) {
    const { file } = declared;
    return { problem: { severity: 'error', code: 'missing-handler-file', message: `${file}:${found.line}: ${address} ${found.problem}`, at: { file, line: found.line, column: 1 } } };
  }
  return {
    name: address.slice(address.indexOf('.') + 1),
    entry: found.source.entry,
    handlerExport: found.source.handlerExport,
    env: environmentOf(evaluator, declared),
    ...rolePermissions(evaluator, attributeOf(declared.value, 'role'), declared.file),
    at: { kind: 'terraform', file: declared.file, path: address, line: declared.line },
    triggers: functionTriggers(evaluator, address),
  };
}

/** The `provider "aws"` block's `region`, when it evaluates to a name; Terraform files name no account. */
function deployedRegion(evaluator: Evaluator): { region?: string } {
  const declared = evaluator.module.providerRegion;
  const region = declared ? evaluator.evaluate(declared.value, declared.file) : undefined;
  return typeof region === 'string' && region !== '' && !region.includes('*') ? { region } : {};
}

/** `environment { variables = {...} }`, each value as a string pattern (unknown parts `*`). */
function environmentOf(evaluator: Evaluator, declared: Declared<HclBlock>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const environment of blocksOf(declared.value, 'environment')) {
    const variables = attributeOf(environment, 'variables');
    if (!variables) continue;
    if (variables.kind === 'object') {
      for (const entry of variables.entries) {
        const name = toPattern(evaluator.evaluate(entry.key, declared.file));
        const value = evaluator.evaluate(entry.value, declared.file);
        if (value !== null) env[name] = isUnknown(value) || typeof value === 'object' ? unknownEnv(evaluator, name, declared.file, entry.value.line, value) : toPattern(value);
      }
      continue;
    }
    const value = evaluator.evaluate(variables, declared.file);
    if (typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value)) {
      for (const [name, item] of Object.entries(value)) env[name] = toPattern(item);
    } else evaluator.cannotEvaluate('the environment variables', declared.file, variables.line);
  }
  return Object.fromEntries(Object.entries(env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function unknownEnv(evaluator: Evaluator, name: string, file: string, line: number, value: unknown): string {
  // A reference that could not be evaluated has already said so; a list or map in an env var has not.
  if (!isUnknown(value)) evaluator.cannotEvaluate(`the environment variable ${name} (not a string)`, file, line);
  return '*';
}

/** The ARN of every resource of the folder whose type has one, by address. */
function resourceArnsOf(evaluator: Evaluator): Record<string, string> {
  const arns: Record<string, string> = {};
  for (const [address, declared] of evaluator.module.resources) {
    const arnOf = terraformResourceTypes[declared.value.labels[0] ?? '']?.attributes.arn;
    if (arnOf) arns[address] = arnOf(resourceName(evaluator, address), evaluator.context);
  }
  return arns;
}
