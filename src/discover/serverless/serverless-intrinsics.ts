// CloudFormation intrinsics in a serverless.yml (`!Ref`, `!GetAtt`, `Fn::Join`, `!Sub`, ...) are
// evaluated by the CloudFormation reader's evaluator, over the file's `resources` section with its
// Serverless variables resolved, so that both readers name resources the same way.
import type { Finding } from '../../model.js';
import { evaluate, noValue, type TemplateScope } from '../cloudformation/evaluate-intrinsic.js';
import { resourceArnPatterns } from '../cloudformation/resource-references.js';
import type { StackContext } from '../cloudformation/resource-types.js';
import { valueAt, type VariableResolver } from './serverless-variables.js';
import { isRecord, type YamlPath } from './yaml-with-lines.js';

export interface IntrinsicScope {
  template: TemplateScope;
  findings: Finding[];
  file: string;
  lineOf(path: YamlPath): number;
}

// The sections of `resources:` that a template has at its top level.
const templateSections = ['Resources', 'Mappings', 'Conditions', 'Parameters', 'Outputs'];

/** A scope whose template is the file's `resources:`, each section resolved only when an intrinsic reads it. */
export function intrinsicScope(config: unknown, file: string, resolver: VariableResolver, stack: StackContext, lineOf: (path: YamlPath) => number): IntrinsicScope {
  const body: Record<string, unknown> = {};
  for (const section of templateSections) {
    const declared = valueAt(config, ['resources', section]);
    if (isRecord(declared)) body[section] = lazyRecord(Object.keys(declared), (key) => resolver.resolve(['resources', section, key]));
  }
  const toYamlPath = (dotted: string): YamlPath => {
    const parts = dotted.split('.');
    return templateSections.includes(parts[0] ?? '') ? ['resources', ...parts] : parts;
  };
  return {
    template: {
      file,
      template: { body, lineOf: (dotted) => lineOf(toYamlPath(dotted)) },
      stack,
      parameterValues: {},
      resources: (body.Resources ?? {}) as TemplateScope['resources'],
    },
    findings: [],
    file,
    lineOf,
  };
}

/** Evaluates intrinsics anywhere in `value`; what cannot be evaluated is `*` and a finding at its line. */
export function evaluateIntrinsics(value: unknown, path: YamlPath, scope: IntrinsicScope): unknown {
  const evaluated = evaluate(scope.template, value, path.join('.'), scope.findings);
  return evaluated === noValue ? undefined : evaluated;
}

/** The ARN of every resource of the file whose type has one, for writing policies back. */
export function resourceArnsOf(scope: IntrinsicScope): Record<string, string> {
  // Problems here concern resources no function may use; they are reported where a function uses them.
  return resourceArnPatterns(scope.template, []);
}

/** An object whose values are computed once, when first read. */
function lazyRecord(keys: string[], compute: (key: string) => unknown): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = compute(key);
        Object.defineProperty(record, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return record;
}
