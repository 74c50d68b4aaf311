import type { Binding, OperationMap, PermissionRule, ServiceMap } from './format.js';
import { loadServiceMap } from './load-maps.js';
import { canonicalOperationName, clientIdFor } from './service-names.js';

/**
 * The input paths an operation's resources and conditions are read from, lower-cased
 * (`bucket`, `key`, `transactitems[].update.tablename`, `target.rolearn`). An unknown value anywhere
 * else (an Item, a Limit, a schedule's Input) does not widen a resource, so it is not worth a warning.
 */
export function resourceInputPaths(service: string, operation: string): Set<string> {
  const keys = new Set<string>();
  const clientId = clientIdFor(service);
  const map = clientId === undefined ? undefined : loadServiceMap(clientId);
  const name = map && canonicalOperationName(map.client, operation);
  if (map && name) collect(map, map.operations[name], '', keys, 0);
  return keys;
}

function collect(map: ServiceMap, entry: OperationMap | undefined, prefix: string, keys: Set<string>, depth: number): void {
  if (!entry || depth > 4) return;
  if (entry.sameAs !== undefined) {
    const [clientId = '', operation = ''] = entry.sameAs.split(':');
    const other = loadServiceMap(clientId);
    const inner = entry.inputPath === undefined ? prefix : join(prefix, entry.inputPath);
    if (other) collect(other, other.operations[operation], inner, keys, depth + 1);
    return;
  }
  const rewrites = (map.rewrites ?? []).flatMap((rewrite) => rewrite.permissions);
  for (const rule of [...(entry.permissions ?? []), ...rewrites]) collectRule(rule, map, prefix, keys);
}

function collectRule(rule: PermissionRule, map: ServiceMap, prefix: string, keys: Set<string>): void {
  const add = (path: string | undefined) => {
    if (path === undefined) return;
    // "@.Update.TableName" inside `forEach: "TransactItems[]"` reads "TransactItems[].Update.TableName".
    const absolute = path.startsWith('@') ? `${rule.forEach ?? ''}${path.slice(1)}` : path;
    const full = join(prefix, absolute);
    if (full) keys.add(full.toLowerCase());
  };
  for (const resource of rule.resources ?? []) {
    for (const binding of Object.values(resource.bind ?? {})) add(bindingPath(binding));
    add(resource.parse?.from);
    // Variables no rule binds are read from the input key of the same name (resolve-resources.ts).
    const template = resource.arn ?? (resource.type ? map.resourceTypes[resource.type] : undefined) ?? '';
    for (const match of template.matchAll(/\$\{([A-Za-z0-9]+)\}/g)) {
      const variable = match[1]!;
      if (!resource.bind?.[variable]) {
        // Read from the current element first when the rule repeats over one (resolve-resources.ts).
        const within = rule.forEach ? `${rule.forEach}.` : '';
        for (const key of [variable, variable.replace(/Name$/, '')]) {
          keys.add(join(prefix, key).toLowerCase());
          if (within) keys.add(join(prefix, within + key).toLowerCase());
        }
      }
    }
  }
  for (const condition of rule.conditions ?? []) add(condition.from === undefined ? undefined : bindingPath(condition.from));
}

function bindingPath(binding: Binding): string | undefined {
  return typeof binding === 'string' ? binding : binding.from;
}

function join(prefix: string, path: string): string {
  return prefix === '' ? path : `${prefix}.${path}`;
}
