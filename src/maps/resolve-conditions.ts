import type { CallContext, Condition } from '../model.js';
import { bindingValues } from './binding-values.js';
import type { RuleInput } from './evaluate-predicate.js';
import { fillArnTemplate } from './fill-arn-template.js';
import type { ConditionRule } from './format.js';

type ConditionEntry = { op: string; key: string; value: string };

/** A rule's conditions for one call; a condition whose value the input lacks or leaves wholly unknown is dropped. */
export function resolveConditions(rules: ConditionRule[] | undefined, from: RuleInput, context: CallContext): ConditionEntry[] {
  const entries: ConditionEntry[] = [];
  for (const rule of rules ?? []) {
    const templates = rule.value === undefined ? [] : Array.isArray(rule.value) ? rule.value : [rule.value];
    const values = [
      ...templates.map((template) => fillArnTemplate(template, {}, context, () => undefined)),
      ...(rule.from === undefined ? [] : (bindingValues(rule.from, from, context) ?? [])),
    ].filter((value) => value !== '*');
    for (const value of values) {
      entries.push({ op: rule.op ?? (/[*?]/.test(value) ? 'StringLike' : 'StringEquals'), key: rule.key, value });
    }
  }
  return entries;
}

/** Builds an IAM condition block; undefined when there is nothing to say. */
export function toConditionBlock(entries: ConditionEntry[]): Condition | undefined {
  if (entries.length === 0) return undefined;
  const block: Record<string, Record<string, string[]>> = {};
  for (const { op, key, value } of entries) {
    const values = ((block[op] ??= {})[key] ??= []);
    if (!values.includes(value)) values.push(value);
  }
  const condition: Condition = {};
  for (const op of Object.keys(block).sort()) {
    condition[op] = {};
    for (const key of Object.keys(block[op]!).sort()) {
      const values = block[op]![key]!.sort();
      condition[op]![key] = values.length === 1 ? values[0]! : values;
    }
  }
  return condition;
}
