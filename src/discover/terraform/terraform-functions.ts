import { readFileSync } from 'node:fs';
import { isObject, isUnknown, toJson, unknownValue, type TfValue } from './terraform-values.js';

/**
 * The Terraform functions that name things in Lambda configurations
 * (https://developer.hashicorp.com/terraform/language/functions). `undefined` means iamgen does
 * not implement the function; an unknown argument makes the result unknown.
 */
export function callFunction(name: string, args: TfValue[]): TfValue | undefined {
  const implementation = functions[name];
  if (!implementation) return undefined;
  if (name !== 'jsonencode' && name !== 'merge' && name !== 'coalesce' && args.some(isUnknown)) return unknownValue;
  return implementation(args);
}

const text = (value: TfValue | undefined): string | undefined => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined);

const functions: Record<string, (args: TfValue[]) => TfValue> = {
  jsonencode: ([value]) => JSON.stringify(sortKeys(toJson(value ?? null))),
  jsondecode: ([value]) => (typeof value === 'string' ? parseJson(value) : unknownValue),
  format: ([template, ...values]) => {
    if (typeof template !== 'string') return unknownValue;
    let next = 0;
    return template.replace(/%[sdvq%]/g, (directive) => (directive === '%%' ? '%' : (text(values[next++]) ?? '*')));
  },
  join: ([separator, list]) => (typeof separator === 'string' && Array.isArray(list) ? list.map((item) => text(item) ?? '*').join(separator) : unknownValue),
  lower: ([value]) => text(value)?.toLowerCase() ?? unknownValue,
  upper: ([value]) => text(value)?.toUpperCase() ?? unknownValue,
  trimprefix: ([value, prefix]) => (typeof value === 'string' && typeof prefix === 'string' && value.startsWith(prefix) ? value.slice(prefix.length) : (value ?? null)),
  trimsuffix: ([value, suffix]) => (typeof value === 'string' && typeof suffix === 'string' && value.endsWith(suffix) ? value.slice(0, -suffix.length) : (value ?? null)),
  replace: ([value, search, replacement]) => {
    if (typeof value !== 'string' || typeof search !== 'string' || typeof replacement !== 'string' || /^\/.*\/$/.test(search)) return unknownValue;
    return value.split(search).join(replacement);
  },
  tostring: ([value]) => text(value) ?? (typeof value === 'boolean' ? String(value) : unknownValue),
  concat: (lists) => (lists.every(Array.isArray) ? (lists as TfValue[][]).flat() : unknownValue),
  merge: (maps) => (maps.every(isObject) ? Object.assign({}, ...maps) : unknownValue),
  lookup: ([map, key, fallback]) => (isObject(map) && typeof key === 'string' ? (map[key] ?? fallback ?? unknownValue) : unknownValue),
  element: ([list, index]) => (Array.isArray(list) && typeof index === 'number' && list.length > 0 ? list[index % list.length]! : unknownValue),
  coalesce: (values) => values.find((value) => value !== null && value !== '' && !isUnknown(value)) ?? unknownValue,
  file: ([path]) => {
    if (typeof path !== 'string') return unknownValue;
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return unknownValue;
    }
  },
};

function parseJson(value: string): TfValue {
  try {
    return JSON.parse(value) as TfValue;
  } catch {
    return unknownValue;
  }
}

// jsonencode writes object keys in lexical order.
function sortKeys(json: unknown): unknown {
  if (Array.isArray(json)) return json.map(sortKeys);
  if (typeof json !== 'object' || json === null) return json;
  return Object.fromEntries(Object.keys(json).sort().map((key) => [key, sortKeys((json as Record<string, unknown>)[key])]));
}
