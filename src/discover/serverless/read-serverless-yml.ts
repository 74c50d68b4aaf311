import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { DiscoveredFunction, Finding, IacReadResult } from '../../model.js';
import type { StackContext } from '../cloudformation/resource-types.js';
import { declaredPermissions } from './declared-permissions.js';
import { functionEnvironment } from './function-environment.js';
import { functionTriggers } from './function-triggers.js';
import { handlerSource } from './handler-source.js';
import { intrinsicScope, resourceArnsOf } from './serverless-intrinsics.js';
import { createVariableResolver, valueAt, type ServerlessOptions, type VariableResolver } from './serverless-variables.js';
import { isRecord, parseYamlWithLines } from './yaml-with-lines.js';

export type { ServerlessOptions } from './serverless-variables.js';

// Plugins (and Serverless v4's built-in esbuild) that build the handler from its TypeScript source.
const typeScriptBuilders = ['serverless-esbuild', 'serverless-plugin-typescript', 'serverless-webpack', 'serverless-bundle'];

/** The functions of a Serverless Framework v3/v4 `serverless.yml`, with their entries, environments and declared permissions. */
export function readServerlessYml(file: string, options: ServerlessOptions = {}): IacReadResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { functions: [], findings: [fileFinding(file, 1, 'unreadable-file', `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)] };
  }
  const { parsed, findings } = parseYamlWithLines(text, file);
  if (!parsed) return { functions: [], findings };
  const { value: config, lineOf } = parsed;
  const functionsMap = valueAt(config, ['functions']);
  if (!isRecord(config) || !isRecord(functionsMap)) {
    return { functions: [], findings: [fileFinding(file, lineOf(['functions']), 'no-functions', `${file}: no \`functions:\` map to read functions from`)] };
  }

  const resolver = createVariableResolver(parsed, file, options);
  const scope = intrinsicScope(config, file, resolver, stackOf(resolver, options), lineOf);
  const preferTypeScript = buildsTypeScript(config);
  const deployedTo = deployedRegion(config, resolver);
  const functions: DiscoveredFunction[] = [];
  const fileFindings: Finding[] = [];

  function readFunction(key: string): Omit<DiscoveredFunction, 'findings'> | { problem: Finding } {
    const functionPath = ['functions', key];
    const handler = resolver.resolve([...functionPath, 'handler']);
    const line = lineOf(functionPath);
    if (typeof handler !== 'string') {
      return { problem: fileFinding(file, line, 'no-handler', `${file}:${line}: function ${key} has no handler (container image functions are not analysed)`) };
    }
    const source = handlerSource(path.dirname(file), handler, preferTypeScript);
    if (!source.entry) {
      const handlerLine = lineOf([...functionPath, 'handler']);
      const looked = source.tried.slice(0, 2).map((tried) => path.relative(path.dirname(file), tried)).join(', ');
      const message = `${file}:${handlerLine}: the handler ${handler} of function ${key} has no source file (looked for ${looked}, ...)`;
      return { problem: fileFinding(file, handlerLine, 'missing-handler-file', message) };
    }
    return {
      name: key,
      entry: source.entry,
      handlerExport: source.handlerExport,
      env: functionEnvironment(config, key, resolver, scope),
      ...declaredPermissions(config, key, resolver, scope),
      resourceArns: {},
      at: { kind: 'serverless', file, path: functionPath.join('.'), line },
      triggers: functionTriggers(key, resolver, scope),
      ...deployedTo,
    };
  }

  for (const key of Object.keys(functionsMap)) {
    const sinceResolver = resolver.findings.length;
    const sinceScope = scope.findings.length;
    const findingsSoFar = () => [...resolver.findings.slice(sinceResolver), ...scope.findings.slice(sinceScope)];
    const found = readFunction(key);
    if ('problem' in found) fileFindings.push(...findingsSoFar(), found.problem);
    else functions.push({ ...found, findings: findingsSoFar() });
  }
  // After the functions, so that a problem in a resource a function uses is reported with that function.
  const resourceArns = resourceArnsOf(scope);
  for (const fn of functions) fn.resourceArns = resourceArns;
  return { functions, findings: fileFindings };
}

/** Where the stack runs: Serverless names it `<service>-<stage>` unless `provider.stackName` says otherwise. */
function stackOf(resolver: VariableResolver, options: ServerlessOptions): StackContext & { stackName: string } {
  const service = resolver.resolve(['service']);
  const serviceName = typeof service === 'string' ? service : isRecord(service) && typeof service.name === 'string' ? service.name : '*';
  const stackName = resolver.resolve(['provider', 'stackName']);
  return {
    partition: options.partition ?? 'aws',
    region: resolver.region(),
    account: options.account ?? '*',
    stackName: typeof stackName === 'string' ? stackName : `${serviceName}-${resolver.stage()}`,
  };
}

/** `provider.region` when the file declares one, resolved (`${opt:region, 'eu-west-1'}`); a serverless.yml names no account. */
function deployedRegion(config: Record<string, unknown>, resolver: VariableResolver): { region?: string } {
  const region = valueAt(config, ['provider', 'region']) === undefined ? undefined : resolver.region();
  return region && !region.includes('*') ? { region } : {};
}

function buildsTypeScript(config: Record<string, unknown>): boolean {
  const plugins = valueAt(config, ['plugins']);
  const pluginList = Array.isArray(plugins) ? plugins : isRecord(plugins) && Array.isArray(plugins.modules) ? plugins.modules : [];
  if (pluginList.some((plugin) => typeof plugin === 'string' && typeScriptBuilders.includes(plugin))) return true;
  return /^4/.test(String(valueAt(config, ['frameworkVersion']) ?? '')) || valueAt(config, ['build', 'esbuild']) !== undefined;
}

function fileFinding(file: string, line: number, code: string, message: string): Finding {
  return { severity: 'error', code, message, at: { file, line, column: 1 } };
}
