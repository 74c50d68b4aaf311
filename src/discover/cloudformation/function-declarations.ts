import type { Finding } from '../../model.js';
import { evaluateCondition } from './evaluate-condition.js';
import { evaluateString } from './evaluate-intrinsic.js';
import type { TemplateScope } from './evaluate-intrinsic.js';
import { isRecord } from './parse-template.js';

/** A Lambda function of the template whose code is local JavaScript/TypeScript, with SAM Globals applied. */
export interface FunctionDeclaration {
  logicalId: string;
  type: 'AWS::Serverless::Function' | 'AWS::Lambda::Function';
  /** The value of a property and the dotted path it was read from (the resource's, else `Globals.Function`'s). */
  property(name: string): { value: unknown; path: string } | undefined;
  /** Environment variables with the path of each (a resource's own win over Globals'). */
  environment: Array<{ name: string; value: unknown; path: string }>;
  /** The folder the code is in, relative to the template (`CodeUri`, or `Code` given as a local path). */
  codeUri: string;
}

/**
 * The functions of a template, and a finding for each one iamgen will not analyse: not Node.js,
 * inline code, a container image, code already in S3, or a `Condition` that is false.
 * Globals: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html
 */
export function functionDeclarations(scope: TemplateScope, findings: Finding[]): FunctionDeclaration[] {
  const globals = isRecord(scope.template.body.Globals) && isRecord(scope.template.body.Globals.Function) ? scope.template.body.Globals.Function : {};
  const declarations: FunctionDeclaration[] = [];
  for (const [logicalId, resource] of Object.entries(scope.resources)) {
    if (resource.Type !== 'AWS::Serverless::Function' && resource.Type !== 'AWS::Lambda::Function') continue;
    const type = resource.Type;
    const resourcePath = `Resources.${logicalId}`;
    const own = isRecord(resource.Properties) ? resource.Properties : {};
    const shared = type === 'AWS::Serverless::Function' ? globals : {};
    const property = (name: string) =>
      name in own ? { value: own[name], path: `${resourcePath}.Properties.${name}` } : name in shared ? { value: shared[name], path: `Globals.Function.${name}` } : undefined;
    const skip = (severity: Finding['severity'], code: string, why: string, at = resourcePath) => {
      const line = scope.template.lineOf(at) ?? 1;
      findings.push({ severity, code, message: `${scope.file}:${line}: ${logicalId} ${why}`, at: { file: scope.file, line, column: 1 } });
    };

    if (resource.Condition !== undefined && evaluateCondition(scope, String(resource.Condition), `${resourcePath}.Condition`, findings, []) === false) {
      skip('note', 'function-not-deployed', `is not deployed: its condition ${String(resource.Condition)} is false`);
      continue;
    }
    const runtime = property('Runtime');
    const runtimeName = runtime ? evaluateString(scope, runtime.value, runtime.path, findings) : undefined;
    if (runtimeName !== undefined && runtimeName !== '*' && !runtimeName.startsWith('nodejs')) {
      skip('note', 'unsupported-runtime', `runs ${runtimeName}; iamgen reads Node.js functions only`, runtime?.path);
      continue;
    }
    if (property('PackageType')?.value === 'Image' || property('ImageUri')) {
      skip('note', 'container-image', 'is a container image; iamgen reads source code only');
      continue;
    }
    const code = type === 'AWS::Serverless::Function' ? property('InlineCode') ?? property('CodeUri') : property('Code');
    const codeUri = localCodeFolder(code?.value) ?? cdkAssetFolder((resource as { Metadata?: unknown }).Metadata);
    if (code && (property('InlineCode') || (isRecord(code.value) && 'ZipFile' in code.value))) {
      skip('note', 'inline-code', 'has its code inline in the template; inline code is not analysed', code.path);
      continue;
    }
    if (codeUri === undefined) {
      skip('warning', 'no-local-code', 'has its code in S3, not in this project: its code cannot be analysed', code?.path);
      continue;
    }
    declarations.push({ logicalId, type, property, environment: environmentOf(own, globals, type, resourcePath), codeUri });
  }
  return declarations;
}

/** `CodeUri: app/` (or no CodeUri: the template's folder), or a Lambda `Code` given as a local path before `cloudformation package`. */
function localCodeFolder(code: unknown): string | undefined {
  if (code === undefined) return '.';
  if (typeof code !== 'string') return undefined;
  return code.startsWith('s3://') ? undefined : code;
}

// A template synthesized by CDK (`cdk.out/<Stack>.template.json`) points `Code` at S3, and its
// Metadata at the asset folder beside the template that holds the bundle it will upload.
function cdkAssetFolder(metadata: unknown): string | undefined {
  if (!isRecord(metadata) || metadata['aws:asset:property'] !== 'Code') return undefined;
  const folder = metadata['aws:asset:path'];
  return typeof folder === 'string' ? folder : undefined;
}

function environmentOf(own: Record<string, unknown>, globals: Record<string, unknown>, type: string, resourcePath: string) {
  const variablesOf = (properties: Record<string, unknown>) =>
    isRecord(properties.Environment) && isRecord(properties.Environment.Variables) ? properties.Environment.Variables : {};
  const merged = new Map<string, { name: string; value: unknown; path: string }>();
  if (type === 'AWS::Serverless::Function') {
    for (const [name, value] of Object.entries(variablesOf(globals))) merged.set(name, { name, value, path: `Globals.Function.Environment.Variables.${name}` });
  }
  for (const [name, value] of Object.entries(variablesOf(own))) merged.set(name, { name, value, path: `${resourcePath}.Properties.Environment.Variables.${name}` });
  return [...merged.values()];
}
