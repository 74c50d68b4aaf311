// Translates iam-dataset's value templates into action-map bindings. Its grammar:
//   "${Bucket}"                                   the request parameter Bucket
//   "%%regex%${QueueUrl}%/^.+\/(.+?)$/g%%"          the first capture of a regex over a parameter
//   "arn:${Partition}:s3:::${Bucket}"              (arn_override only) an ARN with parameters in it
// Regexes become the value parsers named in src/maps/format.ts when they mean the same thing;
// anything else stays unbound (the runtime then tries an input key named like the ARN variable, else "*").
import type { ParserName } from '../../src/maps/format.js';

export type TemplateTranslation =
  | { kind: 'path'; path: string }
  | { kind: 'parse'; from: string; parser: ParserName }
  | { kind: 'unbound'; why: string };

const whole = /^\$\{([^}]+)\}$/;
const regexForm = /^%%regex%\$\{([^}]+)\}%\/(.*)\/g%%$/;

/** Regex sources (as iam-dataset writes them, backslashes single) -> the parser that reads the same part. */
const knownRegexes: Array<{ regex: string; parser: ParserName; from?: RegExp }> = [
  // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html
  { regex: '^.+\\/(.+?)$', parser: 'sqs-queue-url', from: /QueueUrl$/ },
  // FunctionName may be a name, a partial or a full ARN, with a qualifier
  // (https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_RequestSyntax).
  { regex: '^(?:^arn\\:aws\\:.+function\\:|^[0-9]{12}\\:function\\:)?([^:]+?)(?:\\:[^:]+)?$', parser: 'lambda-function-name' },
  // KeyId may be a key id, key ARN, alias name or alias ARN (https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id).
  { regex: '^(?:.*\\/)?([0-9a-f-]+)$', parser: 'kms-key-id' },
  // SecretId is a name or an ARN; names need the "-??????" suffix (https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_examples.html).
  { regex: '(?:arn.*:)?(.+)', parser: 'secret-id', from: /SecretId$/ },
  // Parameter ARNs have no leading "/" (https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-access.html).
  { regex: '^\\/(.+)$', parser: 'ssm-parameter-name' },
  // "name or ARN, keep the last path segment": ECS clusters/services/tasks, IAM roles.
  { regex: '^(?:.+\\/)?(.+)$', parser: 'arn-or-name' },
  { regex: '^(?:.+?\\/)?(.+)$', parser: 'arn-or-name' },
  { regex: '(?:arn.*/)?(.+)', parser: 'arn-or-name' },
];

/** One resource_mappings template (a whole value, no surrounding text). */
export function translateTemplate(template: string): TemplateTranslation {
  const plain = whole.exec(template);
  if (plain?.[1]) return { kind: 'path', path: plain[1] };
  const regex = regexForm.exec(template);
  if (regex?.[1] !== undefined && regex[2] !== undefined) {
    const from = regex[1];
    const source = regex[2].replace(/\\\\/g, '\\');
    const known = knownRegexes.find((k) => k.regex === source && (!k.from || k.from.test(from)));
    if (known) return { kind: 'parse', from, parser: known.parser };
    return { kind: 'unbound', why: `regex ${source} over ${from} has no parser` };
  }
  return { kind: 'unbound', why: `template ${template} is not a single value` };
}

export type ArnOverride =
  | { kind: 'none' } // "*": the action takes no resource
  | { kind: 'whole'; path: string } // "${RoleArn}": the parameter is the ARN
  | { kind: 'parse'; from: string; parser: ParserName } // an ARN around one regex that a parser reads
  | { kind: 'arn'; arn: string; bind: Record<string, string> } // an ARN with parameters in it
  | { kind: 'unbound'; why: string };

const contextVars = new Set(['Partition', 'Region', 'Account']);

/** An arn_override template. */
export function translateArnOverride(template: string): ArnOverride {
  if (template === '*') return { kind: 'none' };
  const plain = whole.exec(template);
  if (plain?.[1]) return { kind: 'whole', path: plain[1] };
  const regexParts = template.match(/%%regex%.*?%%/g) ?? [];
  if (regexParts.length > 0) {
    const first = regexParts[0] ?? '';
    const translated = regexParts.length === 1 ? translateTemplate(first) : undefined;
    if (translated?.kind === 'parse' && translated.parser !== 'arn-or-name' && translated.parser !== 'ssm-parameter-name') {
      return { kind: 'parse', from: translated.from, parser: translated.parser };
    }
    return { kind: 'unbound', why: `arn_override ${template} has a regex no parser reads` };
  }
  const bind: Record<string, string> = {};
  const arn = template.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
    if (contextVars.has(name)) return `\${${name}}`;
    // ARN variables are identifiers; a path such as "JobFlowIds[]" gets one.
    const variable = name.replace(/[^A-Za-z0-9]+/g, '_').replace(/_+$/, '');
    bind[variable] = name;
    return `\${${variable}}`;
  });
  return { kind: 'arn', arn, bind };
}
