import type { Condition } from '../model.js';
import { compareText, sortedUnique } from './sort-order.js';

/**
 * The condition with operators and keys sorted, values deduplicated and sorted, and a single value
 * written as a string (the form AWS's own examples use). Two conditions that IAM treats alike
 * then serialize to the same text, which is what statements are grouped by.
 */
export function canonicalCondition(condition: Condition): Condition {
  const result: Condition = {};
  for (const operator of Object.keys(condition).sort(compareText)) {
    const block = condition[operator]!;
    const keys: Record<string, string | string[]> = {};
    for (const key of Object.keys(block).sort(compareText)) {
      const raw = block[key]!;
      const values = sortedUnique(typeof raw === 'string' ? [raw] : raw);
      keys[key] = values.length === 1 ? values[0]! : values;
    }
    if (Object.keys(keys).length > 0) result[operator] = keys;
  }
  return result;
}

/** A stable text key for a condition; `''` means "no condition". */
export function conditionKey(condition: Condition | undefined): string {
  if (condition === undefined) return '';
  const canonical = canonicalCondition(condition);
  return Object.keys(canonical).length === 0 ? '' : JSON.stringify(canonical);
}
