import { evaluateIntrinsics, type IntrinsicScope } from './serverless-intrinsics.js';
import { valueAt, type VariableResolver } from './serverless-variables.js';
import { isRecord, type YamlPath } from './yaml-with-lines.js';

/**
 * `provider.environment` merged with the function's `environment` (the function's value wins, as
 * Serverless merges them), every value resolved to a string. Only the values that end up in the
 * function are resolved, so an overridden provider value that cannot be resolved is not reported.
 */
export function functionEnvironment(config: unknown, functionKey: string, resolver: VariableResolver, scope: IntrinsicScope): Record<string, string> {
  const sources: YamlPath[] = [['provider', 'environment'], ['functions', functionKey, 'environment']];
  const origins = new Map<string, { path: YamlPath; resolve: () => unknown }>();
  for (const source of sources) {
    for (const [name, resolve] of Object.entries(environmentMap(config, source, resolver))) origins.set(name, { path: [...source, name], resolve });
  }
  const env: Record<string, string> = {};
  for (const [name, origin] of [...origins].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const value = evaluateIntrinsics(origin.resolve(), origin.path, scope);
    if (value === null || value === undefined) continue;
    env[name] = typeof value === 'object' ? unknownValue(name, origin.path, scope) : String(value);
  }
  return env;
}

/**
 * The names of the map at `path`, each with how to resolve its value: the map is written out in
 * the file, or given whole by a variable (`environment: ${self:custom.env}`).
 */
function environmentMap(config: unknown, path: YamlPath, resolver: VariableResolver): Record<string, () => unknown> {
  const raw = valueAt(config, path);
  if (isRecord(raw)) return Object.fromEntries(Object.keys(raw).map((name) => [name, () => resolver.resolve([...path, name])]));
  if (typeof raw !== 'string') return {};
  const resolved = resolver.resolve(path);
  return isRecord(resolved) ? Object.fromEntries(Object.entries(resolved).map(([name, value]) => [name, () => value])) : {};
}

function unknownValue(name: string, path: YamlPath, scope: IntrinsicScope): string {
  const line = scope.lineOf(path);
  scope.findings.push({
    severity: 'warning',
    code: 'unresolved-intrinsic',
    message: `${scope.file}:${line}: the environment variable ${name} is not a string iamgen can evaluate; it uses "*" for it`,
    at: { file: scope.file, line, column: 1 },
  });
  return '*';
}
