import path from 'node:path';
import type { Finding } from '../../model.js';
import type { HclExpression, TraversalStep } from './hcl/hcl-ast.js';
import { evaluateOperation } from './operations.js';
import { referenceValue } from './references.js';
import type { ArnContext } from './resource-attributes.js';
import { callFunction } from './terraform-functions.js';
import type { TerraformModule } from './terraform-module.js';
import { isObject, isUnknown, toPattern, unknownValue, type TfValue } from './terraform-values.js';

export interface TerraformOptions {
  /** The workspace (`terraform.workspace`). */
  stage?: string;
  region?: string;
  account?: string;
  partition?: string;
  /** Variable values, as `-var name=value` or a tfvars file gives them; they win over the folder's tfvars and defaults. */
  parameters?: Record<string, string>;
}

/** Evaluates expressions of one module; what cannot be evaluated is unknown, with a finding at its file and line. */
export interface Evaluator {
  evaluate(expression: HclExpression, file: string): TfValue;
  context: ArnContext;
  module: TerraformModule;
  options: TerraformOptions;
  findings: Finding[];
  /** Records that `what` at file:line cannot be evaluated, and returns unknown. */
  cannotEvaluate(what: string, file: string, line: number): TfValue;
  /** Guards against a local or variable that leads back to itself. */
  once(key: string, compute: () => TfValue): TfValue;
}

export function createEvaluator(module: TerraformModule, options: TerraformOptions): Evaluator {
  const inProgress = new Set<string>();
  const evaluator: Evaluator = {
    module,
    options,
    findings: [],
    context: { partition: options.partition ?? 'aws', region: '*', account: options.account ?? '*' },
    evaluate: (expression, file) => evaluate(evaluator, expression, file),
    cannotEvaluate(what, file, line) {
      evaluator.findings.push({ severity: 'warning', code: 'unresolved-reference', message: `${file}:${line}: cannot evaluate ${what}; iamgen uses "*" for it`, at: { file, line, column: 1 } });
      return unknownValue;
    },
    once(key, compute) {
      if (inProgress.has(key)) return unknownValue;
      inProgress.add(key);
      try {
        return compute();
      } finally {
        inProgress.delete(key);
      }
    },
  };
  const region = options.region ?? (module.providerRegion ? evaluator.evaluate(module.providerRegion.value, module.providerRegion.file) : undefined);
  evaluator.context.region = typeof region === 'string' ? region : '*';
  return evaluator;
}

function evaluate(evaluator: Evaluator, expression: HclExpression, file: string): TfValue {
  switch (expression.kind) {
    case 'literal':
      return expression.value;
    case 'template':
      return expression.parts.map((part) => (typeof part === 'string' ? part : toPattern(evaluate(evaluator, part, file)))).join('');
    case 'tuple':
      return expression.items.map((item) => evaluate(evaluator, item, file));
    case 'object': {
      const result: Record<string, TfValue> = {};
      for (const entry of expression.entries) result[toPattern(evaluate(evaluator, entry.key, file))] = evaluate(evaluator, entry.value, file);
      return result;
    }
    case 'traversal':
      return referenceValue(evaluator, expression, file);
    case 'index':
      return applySteps(evaluator, evaluate(evaluator, expression.target, file), expression.steps, file);
    case 'call':
      return callExpression(evaluator, expression, file);
    case 'conditional': {
      const condition = evaluate(evaluator, expression.condition, file);
      if (typeof condition === 'boolean') return evaluate(evaluator, condition ? expression.whenTrue : expression.whenFalse, file);
      const [whenTrue, whenFalse] = [evaluate(evaluator, expression.whenTrue, file), evaluate(evaluator, expression.whenFalse, file)];
      return JSON.stringify(whenTrue) === JSON.stringify(whenFalse) ? whenTrue : evaluator.cannotEvaluate('a condition', file, expression.line);
    }
    case 'operation':
      return evaluateOperation(expression.operator, expression.operands.map((operand) => evaluate(evaluator, operand, file)));
    case 'unsupported':
      return evaluator.cannotEvaluate(expression.what, file, expression.line);
  }
}

function callExpression(evaluator: Evaluator, expression: Extract<HclExpression, { kind: 'call' }>, file: string): TfValue {
  if (expression.name === 'try') {
    // The first argument that evaluates without a problem, as Terraform's try() does.
    for (const argument of expression.args) {
      const before = evaluator.findings.length;
      const value = evaluate(evaluator, argument, file);
      if (evaluator.findings.length === before && !isUnknown(value)) return value;
      evaluator.findings.length = before;
    }
    return evaluator.cannotEvaluate('try(...)', file, expression.line);
  }
  let args = expression.args.map((argument) => evaluate(evaluator, argument, file));
  // file() reads relative to the folder Terraform runs in.
  if (expression.name === 'file' && typeof args[0] === 'string') args = [path.resolve(evaluator.module.dir, args[0])];
  const result = callFunction(expression.name, args);
  return result === undefined ? evaluator.cannotEvaluate(`${expression.name}(...)`, file, expression.line) : result;
}

/** Attribute and index steps into a known value (`local.tables["orders"]`, `var.names[0]`). */
export function applySteps(evaluator: Evaluator, start: TfValue, steps: TraversalStep[], file: string): TfValue {
  let value = start;
  for (const step of steps) {
    if (isUnknown(value)) return value;
    if (step.kind === 'splat') return unknownValue;
    const key = step.kind === 'attribute' ? step.name : evaluate(evaluator, step.key, file);
    if (Array.isArray(value) && typeof key === 'number') value = value[key] ?? unknownValue;
    else if (isObject(value) && (typeof key === 'string' || typeof key === 'number')) value = value[String(key)] ?? unknownValue;
    else return unknownValue;
  }
  return value;
}
