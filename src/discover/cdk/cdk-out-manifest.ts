import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../model.js';
import { isRecord } from '../cloudformation/parse-template.js';

/** A stack of a cloud assembly: its template and where the manifest says it deploys. */
export interface SynthesizedStack {
  /** The deployed stack's name: `properties.stackName`, which defaults to the artifact id. */
  stackName: string;
  templateFile: string;
  region?: string;
  account?: string;
}

/**
 * The stacks `cdk synth` wrote to a cloud assembly folder (`cdk.out`), from its `manifest.json`
 * (stage assemblies `assembly-<Stage>/` included), or every `*.template.json` when there is no manifest.
 * https://github.com/aws/aws-cdk/blob/main/packages/aws-cdk-lib/cloud-assembly-schema/lib/cloud-assembly/schema.ts
 */
export function synthesizedStacks(assembly: string, findings: Finding[]): SynthesizedStack[] {
  const manifestFile = path.join(assembly, 'manifest.json');
  if (!existsSync(manifestFile)) return templatesIn(assembly);
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch (error) {
    const message = `${manifestFile}: not valid JSON (${(error as Error).message}); reading every *.template.json beside it`;
    findings.push({ severity: 'warning', code: 'parse-error', message, at: { file: manifestFile, line: 1, column: 1 } });
    return templatesIn(assembly);
  }
  const artifacts = isRecord(manifest) && isRecord(manifest.artifacts) ? manifest.artifacts : {};
  return Object.entries(artifacts).flatMap(([id, artifact]): SynthesizedStack[] => {
    if (!isRecord(artifact) || !isRecord(artifact.properties)) return [];
    const properties = artifact.properties;
    if (artifact.type === 'cdk:cloud-assembly' && typeof properties.directoryName === 'string') {
      return synthesizedStacks(path.join(assembly, properties.directoryName), findings);
    }
    if (artifact.type !== 'aws:cloudformation:stack' || typeof properties.templateFile !== 'string') return [];
    const stackName = typeof properties.stackName === 'string' ? properties.stackName : id;
    return [{ stackName, templateFile: path.join(assembly, properties.templateFile), ...environmentOf(artifact.environment) }];
  });
}

// `aws://123456789012/us-east-1`; an environment-agnostic stack says `unknown-account`/`unknown-region`.
function environmentOf(environment: unknown): { region?: string; account?: string } {
  const match = typeof environment === 'string' ? /^aws:\/\/([^/]+)\/([^/]+)$/.exec(environment) : null;
  if (!match) return {};
  const [, account = '', region = ''] = match;
  return { ...(/^unknown-/.test(region) ? {} : { region }), ...(/^\d{12}$/.test(account) ? { account } : {}) };
}

function templatesIn(assembly: string): SynthesizedStack[] {
  return readdirSync(assembly)
    .filter((name) => name.endsWith('.template.json'))
    .sort()
    .map((name) => ({ stackName: name.slice(0, -'.template.json'.length), templateFile: path.join(assembly, name) }));
}
