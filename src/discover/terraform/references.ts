import type { HclExpression, TraversalStep } from './hcl/hcl-ast.js';
import { applySteps, type Evaluator } from './evaluate-expression.js';
import { policyDocumentJson } from './policy-document-data.js';
import { generatedName, terraformResourceTypes } from './resource-attributes.js';
import { attributeOf } from './terraform-module.js';
import { unknownValue, type TfValue } from './terraform-values.js';

type Traversal = Extract<HclExpression, { kind: 'traversal' }>;

/** The value of `var.x`, `local.x`, `path.module`, `data.t.n.attr` or `aws_type.name.attr`. */
export function referenceValue(evaluator: Evaluator, reference: Traversal, file: string): TfValue {
  const { root, steps, line } = reference;
  const [first, ...rest] = steps;
  const firstName = first?.kind === 'attribute' ? first.name : undefined;
  const written = [root, ...steps.map((step) => (step.kind === 'attribute' ? step.name : '[...]'))].join('.');
  if (firstName === undefined) return evaluator.cannotEvaluate(written, file, line);
  switch (root) {
    case 'var':
      return applySteps(evaluator, variableValue(evaluator, firstName, written, file, line), rest, file);
    case 'local': {
      const declared = evaluator.module.locals.get(firstName);
      if (!declared) return evaluator.cannotEvaluate(`${written}: no such local value`, file, line);
      return applySteps(evaluator, evaluator.once(`local.${firstName}`, () => evaluator.evaluate(declared.value, declared.file)), rest, file);
    }
    case 'path':
      return evaluator.module.dir;
    case 'terraform':
      return firstName === 'workspace' ? (evaluator.options.stage ?? unknownValue) : evaluator.cannotEvaluate(written, file, line);
    case 'data':
      return dataValue(evaluator, firstName, rest, written, file, line);
    default:
      return resourceValue(evaluator, `${root}.${firstName}`, rest, written, file, line);
  }
}

function variableValue(evaluator: Evaluator, name: string, written: string, file: string, line: number): TfValue {
  const given = evaluator.options.parameters?.[name];
  if (given !== undefined) return given;
  const fromFile = evaluator.module.variableValues.get(name);
  const declared = evaluator.module.variables.get(name);
  const source = fromFile ?? (declared?.value ? { value: declared.value, file: declared.file } : undefined);
  if (!source) return evaluator.cannotEvaluate(`${written}: the variable has no default and no value is given`, file, line);
  return evaluator.once(`var.${name}`, () => evaluator.evaluate(source.value, source.file));
}

function dataValue(evaluator: Evaluator, type: string, steps: TraversalStep[], written: string, file: string, line: number): TfValue {
  const [nameStep, attributeStep] = steps;
  const attribute = attributeStep?.kind === 'attribute' ? attributeStep.name : undefined;
  const { context } = evaluator;
  // Where the configuration runs: known from --region/--account, otherwise "*" without a problem.
  if (type === 'aws_region' && (attribute === 'name' || attribute === 'region')) return context.region === '*' ? unknownValue : context.region;
  if (type === 'aws_caller_identity' && attribute === 'account_id') return context.account === '*' ? unknownValue : context.account;
  if (type === 'aws_partition' && attribute === 'partition') return context.partition;
  const name = nameStep?.kind === 'attribute' ? nameStep.name : undefined;
  const declared = name ? evaluator.module.data.get(`${type}.${name}`) : undefined;
  if (!declared || !attribute) return evaluator.cannotEvaluate(`${written}: no such data source in the folder`, file, line);
  if (type === 'aws_iam_policy_document' && attribute === 'json') return policyDocumentJson(evaluator, declared.value, declared.file);
  const argument = attributeOf(declared.value, attribute);
  if (argument) return evaluator.evaluate(argument, declared.file);
  return evaluator.cannotEvaluate(written, file, line);
}

function resourceValue(evaluator: Evaluator, address: string, steps: TraversalStep[], written: string, file: string, line: number): TfValue {
  const declared = evaluator.module.resources.get(address);
  if (!declared) return evaluator.cannotEvaluate(`${written}: no resource ${address} in the folder`, file, line);
  // `count` and `for_each` instances share the arguments of their block.
  const afterInstance = steps.filter((step) => step.kind !== 'index');
  const attributeStep = afterInstance[0];
  if (attributeStep?.kind !== 'attribute') return evaluator.cannotEvaluate(written, file, line);
  const attribute = attributeStep.name;
  const argument = attributeOf(declared.value, attribute);
  if (argument) return applySteps(evaluator, evaluator.evaluate(argument, declared.file), afterInstance.slice(1), file);
  const type = terraformResourceTypes[declared.value.labels[0] ?? ''];
  const computed = type?.attributes[attribute];
  if (!type || !computed) return evaluator.cannotEvaluate(`${written}: iamgen does not know this attribute of ${declared.value.labels[0]}`, file, line);
  return computed(resourceName(evaluator, address), evaluator.context);
}

/** The resource's name as an IAM pattern: the name argument, or the provider's generated name as a wildcard. */
export function resourceName(evaluator: Evaluator, address: string): string {
  const declared = evaluator.module.resources.get(address);
  const type = terraformResourceTypes[declared?.value.labels[0] ?? ''];
  if (!declared || !type?.nameArgument) return '*';
  const named = attributeOf(declared.value, type.nameArgument);
  if (named) {
    const value = evaluator.evaluate(named, declared.file);
    return typeof value === 'string' ? value : '*';
  }
  const prefix = type.prefixArgument ? attributeOf(declared.value, type.prefixArgument) : undefined;
  const prefixValue = prefix ? evaluator.evaluate(prefix, declared.file) : undefined;
  return generatedName(typeof prefixValue === 'string' ? prefixValue : prefix ? '' : undefined);
}
