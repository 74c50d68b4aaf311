import { ts } from 'ts-morph';
import type { Arg } from '../sdk-values.js';
import type { FinderContext, FoundCall, Finder } from './finder.js';
import { awsExportCalled, methodCall, objectLiteralOf, operationOf, propertyOf } from './finder.js';

const PACKAGE = /^@aws-lambda-powertools\/parameters(\/|$)/;

interface Fetch { service: string; operation: string; field: string }

const FUNCTIONS: Record<string, Fetch> = {
  getParameter: { service: 'ssm', operation: 'GetParameter', field: 'Name' },
  getParameters: { service: 'ssm', operation: 'GetParametersByPath', field: 'Path' },
  getParametersByName: { service: 'ssm', operation: 'GetParameters', field: 'Names' },
  getSecret: { service: 'secrets-manager', operation: 'GetSecretValue', field: 'SecretId' },
};
const PROVIDERS: Record<string, Record<string, Fetch>> = {
  SSMProvider: { get: FUNCTIONS.getParameter!, getMultiple: FUNCTIONS.getParameters!, getParametersByName: FUNCTIONS.getParametersByName! },
  SecretsProvider: { get: FUNCTIONS.getSecret! },
  DynamoDBProvider: { get: { service: 'dynamodb', operation: 'GetItem', field: 'Key' }, getMultiple: { service: 'dynamodb', operation: 'Query', field: 'KeyConditionExpression' } },
};

/** Powertools parameters: `getParameter(name)`, `getSecret(id)`, `getAppConfig(...)` and the providers' `get`/`getMultiple`. */
export const powertoolsParameters: Finder = {
  name: 'powertools-parameters',
  find(node, ctx) {
    const [first, second] = node.arguments ?? [];
    const called = awsExportCalled(ctx, node, (module) => PACKAGE.test(module));
    if (called?.name === 'getAppConfig') return appConfig(node, ctx, first, objectLiteralOf(ctx, second));
    const fetch = called && FUNCTIONS[called.name];
    if (fetch) return [found(node, fetch, first && ctx.arg(first))];
    const call = methodCall(node);
    const provider = call && ctx.classify(call.receiver);
    if (!call || provider?.kind !== 'aws-object' || !PACKAGE.test(provider.module)) return [];
    if (provider.name === 'AppConfigProvider') return appConfig(node, ctx, first, objectLiteralOf(ctx, provider.args[0]?.expr));
    const method = PROVIDERS[provider.name]?.[call.method];
    if (!method) return [];
    const tableName = propertyOf(objectLiteralOf(ctx, provider.args[0]?.expr), 'tableName');
    const call0 = found(node, method, first && ctx.arg(first));
    if (method.service === 'dynamodb') call0.input = { fields: tableName ? { TableName: { expr: tableName, ctx: provider.args[0]!.ctx } } : {} };
    return [call0];
  },
};

function found(node: ts.Node, fetch: Fetch, arg: Arg | undefined): FoundCall {
  const fields: Record<string, Arg> = {};
  if (arg) fields[fetch.field] = arg;
  return { node, service: fetch.service, operation: operationOf(fetch.service, fetch.operation), spelled: fetch.operation, input: { fields } };
}

// AppConfig is read through a configuration session: StartConfigurationSession, then GetLatestConfiguration.
function appConfig(node: ts.Node, ctx: FinderContext, name: ts.Expression | undefined, options: ts.ObjectLiteralExpression | undefined): FoundCall[] {
  const fields: Record<string, Arg> = {};
  const application = propertyOf(options, 'application');
  const environment = propertyOf(options, 'environment');
  if (application) fields.ApplicationIdentifier = ctx.arg(application);
  if (environment) fields.EnvironmentIdentifier = ctx.arg(environment);
  if (name) fields.ConfigurationProfileIdentifier = ctx.arg(name);
  return ['StartConfigurationSession', 'GetLatestConfiguration'].map((operation) => ({
    node,
    service: 'appconfigdata',
    operation: operationOf('appconfigdata', operation),
    spelled: operation,
    input: { fields },
  }));
}
