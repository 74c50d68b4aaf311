import { readFileSync } from 'node:fs';
import type { DiscoveredFunction, Finding } from '../../model.js';
import { isRecord } from '../cloudformation/parse-template.js';
import { readCloudFormationTemplate } from '../cloudformation/read-cloudformation-template.js';
import type { SynthesizedStack } from './cdk-out-manifest.js';

/** A function of a synthesized template, with the construct path CDK recorded for it. */
export interface SynthesizedFunction {
  function: DiscoveredFunction;
  stack: SynthesizedStack;
  logicalId: string;
  /** `Metadata["aws:cdk:path"]`: `ShopStack/CreateOrder/Resource`. */
  cdkPath?: string;
}

export interface SynthesizedRead {
  functions: SynthesizedFunction[];
  findings: Finding[];
}

// Functions CDK adds for its own custom resources, not the app's code: the fixed ids of its
// singletons, a `CustomResourceProvider` (`Custom::<Type>CustomResourceProvider` in the path), the
// framework functions of `custom-resources.Provider`.
const internalLogicalIds = [
  /^AWS679f53fac002430cb0da5b7982bd2287/, // custom-resources.AwsCustomResource
  /^LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8a/, // the logRetention prop of a function
  /^BucketNotificationsHandler050a0587b7544547bf325f094a3db834/, // bucket.addEventNotification
  /^CustomCDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C/, // s3-deployment.BucketDeployment
  /^Custom[A-Za-z0-9]+CustomResourceProvider(Handler|Role)/, // autoDeleteObjects, restrictDefaultSecurityGroup, ...
];
const internalPathSegments = [/^Custom::/, /^framework-(onEvent|isComplete|onTimeout)$/];

/** Whether the template function `logicalId` (construct path `cdkPath`) is one CDK creates for itself. */
export function isCdkInternalFunction(logicalId: string, cdkPath: string | undefined): boolean {
  if (internalLogicalIds.some((pattern) => pattern.test(logicalId))) return true;
  return (cdkPath?.split('/') ?? []).some((segment) => internalPathSegments.some((pattern) => pattern.test(segment)));
}

/**
 * The app's functions in one synthesized template, read by the CloudFormation reader (their code is
 * the asset folder the template's Metadata names); CDK's own functions are left out with a note.
 */
export function synthesizedFunctions(stack: SynthesizedStack, options: { region?: string; account?: string; partition?: string; stackName?: string }): SynthesizedRead {
  const read = readCloudFormationTemplate(stack.templateFile, {
    parameters: {},
    region: options.region ?? stack.region,
    account: options.account ?? stack.account,
    partition: options.partition,
    stackName: options.stackName ?? stack.stackName,
  });
  const paths = constructPaths(stack.templateFile);
  const internal = Object.keys(paths.types).filter((id) => paths.types[id] === 'AWS::Lambda::Function' && isCdkInternalFunction(id, paths.cdkPaths[id]));
  // The reader's findings about a left-out function (its runtime, its handler) name its logical id.
  const aboutInternal = (finding: Finding) => internal.some((id) => new RegExp(`: ${id}[: ]`).test(finding.message));
  const findings = read.findings.filter((finding) => !aboutInternal(finding));
  if (internal.length > 0) {
    findings.push({
      severity: 'note',
      code: 'cdk-internal-functions',
      message: `${stack.templateFile}: ${internal.length} function${internal.length === 1 ? '' : 's'} CDK adds for its own custom resources left out (${internal.join(', ')})`,
      at: { file: stack.templateFile, line: 1, column: 1 },
    });
  }
  const functions = read.functions
    .map((fn) => ({ fn, logicalId: fn.at.path.replace(/^Resources\./, '') }))
    .filter(({ logicalId }) => !internal.includes(logicalId))
    .map(({ fn, logicalId }): SynthesizedFunction => ({ function: fn, stack, logicalId, ...(paths.cdkPaths[logicalId] ? { cdkPath: paths.cdkPaths[logicalId] } : {}) }));
  return { functions, findings };
}

// The CloudFormation reader reports a template that does not parse; here it only has no paths.
function constructPaths(templateFile: string): { cdkPaths: Record<string, string>; types: Record<string, string> } {
  let body: unknown;
  try {
    body = JSON.parse(readFileSync(templateFile, 'utf8'));
  } catch {
    return { cdkPaths: {}, types: {} };
  }
  const resources = isRecord(body) && isRecord(body.Resources) ? body.Resources : {};
  const cdkPaths: Record<string, string> = {};
  const types: Record<string, string> = {};
  for (const [id, resource] of Object.entries(resources)) {
    if (!isRecord(resource)) continue;
    if (typeof resource.Type === 'string') types[id] = resource.Type;
    const cdkPath = isRecord(resource.Metadata) ? resource.Metadata['aws:cdk:path'] : undefined;
    if (typeof cdkPath === 'string') cdkPaths[id] = cdkPath;
  }
  return { cdkPaths, types };
}
