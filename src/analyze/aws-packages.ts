import type { ts } from 'ts-morph';
import type { Arg, ClientValue, SdkValue } from './sdk-values.js';
import { clientIdFor } from './service-names.js';

const AWS_PACKAGE = /^(@aws-sdk\/|aws-sdk(\/|$)|@aws-lambda-powertools\/|@middy\/)/;

/** Whether an import specifier names a package that can call AWS (the SDKs and the helper libraries). */
export function isAwsPackage(specifier: string): boolean {
  return AWS_PACKAGE.test(specifier);
}

/** The v2 client a `aws-sdk/clients/<name>` path names ("aws-sdk/clients/s3" -> "s3"). */
function v2ClientsPathName(module: string): string | undefined {
  const match = /^aws-sdk\/clients\/([a-z0-9]+)(\.js)?$/.exec(module);
  return match?.[1];
}

/** What `new X(args)` makes when X is an export of an AWS package. */
export function constructAwsExport(module: string, path: readonly string[], args: readonly Arg[], site: ts.Node): SdkValue | undefined {
  const name = path[path.length - 1];
  const config = args[0];
  if (module.startsWith('@aws-sdk/client-') && name && path.length === 1) {
    const clientId = clientIdFor(module);
    if (name.endsWith('Command')) return { kind: 'command', clientId, name, packageName: module, input: config };
    if (/(Exception|Error|ServiceException)$/.test(name)) return undefined;
    return { kind: 'client', clientId, style: name.endsWith('Client') ? 'command' : 'aggregated', config, packageName: module };
  }
  if (module === '@aws-sdk/lib-dynamodb' && name && path.length === 1) {
    if (name.endsWith('Command')) return { kind: 'command', clientId: clientIdFor(module), name, packageName: module, input: config };
    return undefined;
  }
  const v2 = v2ClassName(module, path);
  if (v2 !== undefined) return v2Client(v2, config, module);
  if (!name) return undefined;
  return { kind: 'aws-object', module, name, args, site };
}

/** The v2 class an `aws-sdk` export path names: ["S3"], ["DynamoDB", "DocumentClient"], or a clients path. */
function v2ClassName(module: string, path: readonly string[]): string | undefined {
  if (module === 'aws-sdk' && path.length >= 1 && path.length <= 2 && path.every((part) => /^[A-Z]/.test(part))) return path.join('.');
  const fromPath = v2ClientsPathName(module);
  if (fromPath === undefined) return undefined;
  const rest = path.filter((part) => part !== 'default');
  if (rest.length === 0) return fromPath;
  return rest.length === 1 && rest[0] === 'DocumentClient' ? `${fromPath}.DocumentClient` : undefined;
}

function v2Client(className: string, config: Arg | undefined, module: string): ClientValue | undefined {
  if (className === 'Config' || className === 'Credentials' || className.endsWith('Credentials') || className === 'Endpoint') return undefined;
  const documentClient = className.toLowerCase() === 'dynamodb.documentclient';
  return {
    kind: 'client',
    clientId: clientIdFor(className),
    style: 'v2',
    config,
    packageName: documentClient ? 'aws-sdk DynamoDB.DocumentClient' : `${module} ${className}`,
  };
}

/** `DynamoDBDocumentClient.from(client)` and `DynamoDBDocument.from(client)`: a document client over another. */
export function documentClientFrom(module: string, path: readonly string[], method: string, base: SdkValue | undefined): ClientValue | undefined {
  if (module !== '@aws-sdk/lib-dynamodb' || method !== 'from' || path.length !== 1) return undefined;
  const style = path[0] === 'DynamoDBDocumentClient' ? 'command' : path[0] === 'DynamoDBDocument' ? 'aggregated' : undefined;
  if (!style) return undefined;
  const config = base?.kind === 'client' ? base.config : undefined;
  return { kind: 'client', clientId: clientIdFor(module), style, config, packageName: module };
}
