import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { DiscoveredFunction, Finding, IacReadResult } from '../model.js';
import { readCdkApp } from './cdk/read-cdk-app.js';
import { readCloudFormationTemplate } from './cloudformation/read-cloudformation-template.js';
import { readServerlessYml } from './serverless/read-serverless-yml.js';
import { readTerraform } from './terraform/read-terraform.js';

export interface ProjectOptions {
  /** An IaC file (or Terraform folder) to read instead of looking for one. */
  template?: string;
  /** `--parameter Key=Value`: CloudFormation parameters, serverless `${param:}`, Terraform variables, CDK context. */
  parameters: Record<string, string>;
  stage?: string;
  stackName?: string;
  region?: string;
  account?: string;
  partition?: string;
}

type Reader = (target: string, options: ProjectOptions) => IacReadResult;

const readers: Record<'cloudformation' | 'serverless' | 'cdk' | 'terraform', Reader> = {
  cloudformation: (file, o) => readCloudFormationTemplate(file, { parameters: o.parameters, region: o.region, account: o.account, partition: o.partition, stackName: o.stackName }),
  serverless: (file, o) => readServerlessYml(file, { parameters: o.parameters, stage: o.stage, region: o.region, account: o.account, partition: o.partition }),
  cdk: (root, o) => readCdkApp(root, { context: o.parameters, region: o.region, account: o.account, partition: o.partition, stackName: o.stackName }),
  terraform: (dir, o) => readTerraform(dir, { parameters: o.parameters, stage: o.stage, region: o.region, account: o.account, partition: o.partition }),
};

const templateNames = ['template.yaml', 'template.yml', 'template.json'];
const serverlessNames = ['serverless.yml', 'serverless.yaml'];

/**
 * The functions a project's IaC declares, from every kind of IaC found at its root (or the one
 * `--template` names); undefined when the folder holds no IaC, so it is one function's folder.
 */
export function projectFunctions(root: string, options: ProjectOptions): { functions: DiscoveredFunction[]; findings: Finding[] } | undefined {
  const targets = options.template ? [namedTarget(options.template)] : foundTargets(root);
  if (targets.length === 0) return undefined;
  const functions: DiscoveredFunction[] = [];
  const findings: Finding[] = [];
  for (const [kind, target] of targets) {
    const read = readers[kind](target, options);
    functions.push(...read.functions);
    findings.push(...read.findings);
  }
  return { functions, findings };
}

function foundTargets(root: string): Array<[keyof typeof readers, string]> {
  if (!statSync(root).isDirectory()) return [];
  const targets: Array<[keyof typeof readers, string]> = [];
  const template = templateNames.find((name) => existsSync(path.join(root, name)));
  if (template) targets.push(['cloudformation', path.join(root, template)]);
  const serverless = serverlessNames.find((name) => existsSync(path.join(root, name)));
  if (serverless) targets.push(['serverless', path.join(root, serverless)]);
  if (existsSync(path.join(root, 'cdk.json'))) targets.push(['cdk', root]);
  if (readdirSync(root).some((name) => name.endsWith('.tf'))) targets.push(['terraform', root]);
  return targets;
}

function namedTarget(template: string): [keyof typeof readers, string] {
  if (!existsSync(template)) throw new UsageError(`--template ${template}: no such file or folder`);
  const base = path.basename(template);
  if (statSync(template).isDirectory()) return existsSync(path.join(template, 'cdk.json')) ? ['cdk', template] : ['terraform', template];
  if (serverlessNames.includes(base)) return ['serverless', template];
  if (base === 'cdk.json') return ['cdk', path.dirname(template)];
  if (base.endsWith('.tf')) return ['terraform', path.dirname(template)];
  return ['cloudformation', template];
}
