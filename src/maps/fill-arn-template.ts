import type { CallContext } from '../model.js';

/**
 * Fills `${Var}` placeholders. A variable whose value is itself an ARN (a TableName or FunctionName
 * given as an ARN) replaces the template up to that variable: `table/${TableName}/index/${IndexName}`
 * with an ARN table name keeps the ARN and the `/index/...` tail. Unfilled variables become `*`.
 */
export function fillArnTemplate(template: string, vars: Record<string, string>, context: CallContext, fallback: (name: string) => string | undefined): string {
  const values = new Map<string, string>();
  const lookup = (name: string): string => {
    let value = values.get(name);
    if (value === undefined) {
      // A `${...}` inside a value (S3's `${filename}` in a presigned POST key) would read as an IAM
      // policy variable; it stands for a name not known until run time, so it is a wildcard.
      value = (vars[name] ?? contextValue(name, context) ?? fallback(name) ?? '*').replace(/\$\{[^}]*\}/g, '*');
      values.set(name, value);
    }
    return value;
  };
  const placeholder = /\$\{([A-Za-z0-9]+)\}/g;
  let filled = template;
  for (const match of template.matchAll(placeholder)) {
    const value = lookup(match[1]!);
    if (value.startsWith('arn:') && match[1] !== 'Partition') {
      filled = value + template.slice(match.index + match[0].length);
      break;
    }
  }
  return filled.replace(placeholder, (_, name: string) => lookup(name)).replace(/\*{2,}/g, '*');
}

function contextValue(name: string, context: CallContext): string | undefined {
  if (name === 'Partition') return context.partition;
  if (name === 'Region') return context.region;
  if (name === 'Account') return context.account;
  return undefined;
}
