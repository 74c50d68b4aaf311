import { ts } from 'ts-morph';
import type { Finding, SdkCall, Value } from '../model.js';
import type { AnalysisRun } from './analysis-run.js';
import { classify } from './classify-expression.js';
import type { FoundCall } from './finders/finder.js';
import { propertyOf } from './finders/finder.js';
import { evaluateExpression } from './input-evaluator.js';
import { ParameterBindings } from './parameter-bindings.js';
import type { Arg, CallContext, ClientValue } from './sdk-values.js';
import { lineAndColumn } from './syntax.js';

/** A finder's report as the SdkCall the next stage reads, or a finding when service or operation is unknown. */
export function toSdkCallOrFinding(found: FoundCall, via: string, run: AnalysisRun): SdkCall | Finding {
  const at = { file: found.node.getSourceFile().fileName, ...lineAndColumn(found.node) };
  if (!found.service) {
    return { severity: 'warning', code: 'unknown-service', message: `cannot tell which AWS service \`${found.spelled}\` calls; its permission is not included`, at };
  }
  if (!found.operation) {
    const why = found.fromUnboundParameter ? `the command is a parameter (\`${found.spelled}\`) whose caller cannot be told` : `\`${found.spelled}\` is not a known ${found.service} operation`;
    return { severity: 'warning', code: 'unknown-operation', message: `${why}; its permission is not included`, at };
  }
  const call: SdkCall = { service: found.service, operation: found.operation, input: evaluateInput(found.input, run), at, via };
  const clientConfig = found.client && configOf(found.client, run);
  if (clientConfig) call.clientConfig = clientConfig;
  return call;
}

function evaluateInput(input: FoundCall['input'], run: AnalysisRun): Value {
  if (!input) return {};
  if ('expr' in input) return evaluateArg(input, run);
  const object: Record<string, Value> = {};
  for (const [key, field] of Object.entries(input.fields)) {
    if (Array.isArray(field)) object[key] = field.map((element) => (isArg(element) ? evaluateArg(element, run) : element));
    else object[key] = isArg(field) ? evaluateArg(field, run) : field;
  }
  return object;
}

function isArg(value: Arg | Arg[] | Value): value is Arg {
  return typeof value === 'object' && value !== null && 'expr' in value && 'ctx' in value;
}

export function evaluateArg(arg: Arg, run: AnalysisRun): Value {
  return evaluateExpression(arg.expr, { checker: run.checker, env: run.env, parameters: ParameterBindings.of(arg.ctx, run, (bound) => evaluateArg(bound, run)) });
}

function configOf(client: ClientValue, run: AnalysisRun): SdkCall['clientConfig'] | undefined {
  if (!client.config) return undefined;
  const { expr, ctx } = client.config;
  const literal = ts.isObjectLiteralExpression(expr) ? { expr, ctx } : classifiedLiteral(expr, ctx, run);
  const config: NonNullable<SdkCall['clientConfig']> = {};
  for (const key of ['region', 'endpoint'] as const) {
    const property = propertyOf(literal?.expr, key);
    if (property) config[key] = evaluateArg({ expr: property, ctx: literal?.ctx ?? ctx }, run);
  }
  if (hasGivenCredentials(literal?.expr)) config.givenCredentials = true;
  return config.region !== undefined || config.endpoint !== undefined || config.givenCredentials ? config : undefined;
}

// Providers of the function's own credentials (the Lambda role's, from the environment): a client
// given one of these still runs as the function. https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/setting-credentials-node.html
const OWN_CREDENTIAL_PROVIDERS = new Set(['fromNodeProviderChain', 'defaultProvider', 'fromEnv', 'fromIni', 'fromContainerMetadata', 'fromInstanceMetadata', 'fromProcess', 'fromSSO', 'EnvironmentCredentials']);

/** `credentials: { accessKeyId, ... }` (an assumed role's), keys in v2 options: another principal's credentials. */
function hasGivenCredentials(options: ts.ObjectLiteralExpression | undefined): boolean {
  if (!options) return false;
  if (propertyOf(options, 'accessKeyId')) return true;
  const credentials = propertyOf(options, 'credentials');
  if (!credentials) return false;
  let provider: ts.Expression = credentials;
  while (ts.isAwaitExpression(provider) || ts.isParenthesizedExpression(provider)) provider = provider.expression;
  const callee = ts.isCallExpression(provider) || ts.isNewExpression(provider) ? provider.expression : undefined;
  const name = callee && (ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined);
  return !(name && OWN_CREDENTIAL_PROVIDERS.has(name));
}

function classifiedLiteral(expr: ts.Expression, ctx: CallContext, run: AnalysisRun): { expr: ts.ObjectLiteralExpression; ctx: CallContext } | undefined {
  const value = classify(expr, ctx, run);
  return value?.kind === 'object' ? { expr: value.literal, ctx: value.ctx } : undefined;
}
