import { permissionsForCall, type CallPermissions } from '../maps/permissions-for-call.js';
import { isUnknown } from '../resolve/value-kinds.js';
import { resourceInputPaths } from '../maps/resource-input-keys.js';
import type { CallContext, Finding, NeededPermission, SdkCall, Unknown, Value } from '../model.js';

/** Every permission a function's calls need, each with the calls that need it. */
export function neededPermissions(calls: SdkCall[], base: CallContext): { permissions: NeededPermission[]; findings: Finding[] } {
  const byKey = new Map<string, NeededPermission>();
  const findings: Finding[] = [];
  for (const call of calls) {
    if (call.clientConfig?.givenCredentials) {
      findings.push(givenCredentialsNote(call));
      continue;
    }
    const result = permissionsFor(call, contextForCall(base, call));
    for (const finding of result.findings) findings.push({ ...finding, at: finding.at ?? call.at });
    for (const permission of result.permissions) {
      const key = JSON.stringify([permission.action, permission.resource, permission.condition ?? null]);
      const needed = byKey.get(key) ?? { action: permission.action, resource: permission.resource, ...(permission.condition ? { condition: permission.condition } : {}), calls: [] };
      needed.calls.push({ at: call.at, service: call.service, operation: call.operation, via: call.via, ...(permission.why ? { why: permission.why } : {}) });
      byKey.set(key, needed);
    }
    if (result.permissions.some((p) => p.resource.startsWith('arn:') && p.resource.includes('*'))) findings.push(...unresolvedInputFindings(call));
  }
  return { permissions: [...byKey.values()], findings };
}

// Functions sharing a library make the same call with the same input: the maps are read once for it.
// Results are read-only. Capped so that a long-lived process does not keep every call it has seen.
const permissionsCache = new Map<string, CallPermissions>();
const PERMISSIONS_CACHE_LIMIT = 20_000;

// The maps read an unknown part of an input as a wildcard whatever made it unknown and wherever: the
// same call from two functions differs only in where its unknown parts come from, and shares a key.
const ANY_UNKNOWN = { $unknown: true };
const withoutUnknownDetails = (_key: string, value: Value) => (isUnknown(value) ? ANY_UNKNOWN : value);

function permissionsFor(call: SdkCall, context: CallContext): CallPermissions {
  const key = JSON.stringify([call.service, call.operation, call.input, context], withoutUnknownDetails);
  let result = permissionsCache.get(key);
  if (!result) {
    if (permissionsCache.size >= PERMISSIONS_CACHE_LIMIT) permissionsCache.clear();
    result = permissionsForCall({ service: call.service, operation: call.operation, input: call.input, context });
    permissionsCache.set(key, result);
  }
  return result;
}

// A call signed with credentials the code hands its client (an assumed role's, keys) is authorized
// for that principal: the function's role needs only what it takes to get them (sts:AssumeRole).
function givenCredentialsNote(call: SdkCall): Finding {
  return {
    severity: 'note',
    code: 'other-credentials',
    message: `${call.service} ${call.operation} runs with the credentials its client is given (an assumed role's or keys), not as the function's role: its permission belongs to that principal and is not in this policy`,
    at: call.at,
  };
}

/** A client pinned to a region (`new S3Client({ region: 'eu-west-1' })`) scopes its calls' ARNs there. */
function contextForCall(base: CallContext, call: SdkCall): CallContext {
  const region = call.clientConfig?.region;
  const context: CallContext = { ...base };
  if (typeof region === 'string' && region !== '') context.region = region;
  if (call.clientConfig?.endpoint !== undefined) context.endpoint = call.clientConfig.endpoint;
  return context;
}

/** Which parts of a call's input the code leaves unknown, each where it was found. */
function unresolvedInputFindings(call: SdkCall): Finding[] {
  const where = `${call.service} ${call.operation}`;
  const paths = inputPathsOf(call.service, call.operation);
  const scoping = unknownParts(call.input).filter(([name]) => {
    if (name === 'the input' || name === '(spread)') return true;
    // `TransactItems[0].Update.TableName` is read by the path `transactitems[].update.tablename`; an
    // unknown object (`Target`, or what is spread into it) holds the paths below it (`target.rolearn`).
    const path = name.replace(/\.\(spread\)$/, '').toLowerCase().replace(/\[\d+\]/g, '[]');
    for (const read of paths) if (read === path || read.startsWith(`${path}.`) || read.startsWith(`${path}[`)) return true;
    return false;
  });
  return scoping.map(([name, unknown]) => ({
    severity: 'warning',
    code: 'unresolved-input',
    message: `${where}: ${name} is not known (${unknown.$unknown}); its resource is a wildcard`,
    at: unknown.at ?? call.at,
  }));
}

// Read from the action maps, which are loaded once per process too.
const inputPaths = new Map<string, Set<string>>();

function inputPathsOf(service: string, operation: string): Set<string> {
  const key = `${service}\0${operation}`;
  let paths = inputPaths.get(key);
  if (!paths) inputPaths.set(key, (paths = resourceInputPaths(service, operation)));
  return paths;
}

function unknownParts(input: Value, prefix = ''): Array<[string, Unknown]> {
  if (isUnknown(input)) return [[prefix || 'the input', input]];
  if (Array.isArray(input)) return input.flatMap((element, index) => unknownParts(element, `${prefix}[${index}]`));
  if (typeof input !== 'object' || input === null || '$oneOf' in input) return [];
  if ('$template' in input && Array.isArray(input.$template)) {
    const parts = input.$template as Array<string | Unknown>;
    return parts.filter((part): part is Unknown => typeof part !== 'string').map((part) => [prefix, part]);
  }
  return Object.entries(input).flatMap(([key, value]) => {
    if (key === '$rest') return isUnknown(value) ? [[`${prefix ? prefix + '.' : ''}(spread)`, value] as [string, Unknown]] : [];
    return typeof value === 'string' || typeof value === 'object' ? unknownParts(value as Value, prefix ? `${prefix}.${key}` : key) : [];
  });
}
