// The values Terraform expressions evaluate to, with one marker for "known only after apply or
// not known to iamgen" so that it is never mistaken for a string that happens to be "*".

export class UnknownValue {
  readonly unknown = true;
}

export const unknownValue = new UnknownValue();

export type TfValue = string | number | boolean | null | UnknownValue | TfValue[] | { [key: string]: TfValue };

export function isUnknown(value: unknown): value is UnknownValue {
  return value instanceof UnknownValue;
}

export function isObject(value: TfValue | undefined): value is { [key: string]: TfValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !isUnknown(value);
}

/** The value as it appears inside a string: unknown parts are `*`, the wildcard that is always true. */
export function toPattern(value: TfValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '*';
}

/** The value as plain JSON (what `jsonencode` writes), unknown parts as `"*"`. */
export function toJson(value: TfValue): unknown {
  if (isUnknown(value)) return '*';
  if (Array.isArray(value)) return value.map(toJson);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toJson(item)]));
  return value;
}

/** Plain JSON (a parsed policy document) as a value. */
export function fromJson(json: unknown): TfValue {
  if (Array.isArray(json)) return json.map(fromJson);
  if (typeof json === 'object' && json !== null) return Object.fromEntries(Object.entries(json).map(([key, item]) => [key, fromJson(item)]));
  if (typeof json === 'string' || typeof json === 'number' || typeof json === 'boolean') return json;
  return null;
}
