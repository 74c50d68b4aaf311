import type { ts } from 'ts-morph';
import type { Value } from '../model.js';
import { evaluateNode } from './evaluate-node.js';
import { memoFor, type Bindings, type EvaluationContext } from './evaluation-context.js';
import { unknownAt } from './unknown-at.js';

export interface EvaluationScope {
  checker: ts.TypeChecker;
  /** `--env KEY=VALUE` (later also values from IaC). Pass the same map object for every call of a run: values are memoized per map. */
  env: ReadonlyMap<string, string>;
  /** Known values of the enclosing function's parameters (a wrapper called with known arguments). */
  parameters?: Bindings;
}

const noParameters: Bindings = new Map<ts.Symbol, Value>();

/**
 * What the code makes of `expression` as far as it can be told without running it. Parts that
 * cannot be told are `Unknown` with the reason and the place, never a guess. Never throws.
 * The result may share structure with other results: treat it as read-only.
 */
export function evaluateExpression(expression: ts.Expression, scope: EvaluationScope): Value {
  const context: EvaluationContext = {
    checker: scope.checker,
    env: scope.env,
    bindings: scope.parameters ?? noParameters,
    evaluate: evaluateNode,
    state: { depth: 0, callDepth: 0, steps: 0, truncations: 0, bindingReads: 0, active: new Set(), memo: memoFor(scope.checker, scope.env) },
  };
  try {
    return evaluateNode(expression, context);
  } catch (error) {
    const why = `could not be evaluated: ${error instanceof Error ? error.message : String(error)}`;
    try {
      return unknownAt(expression, why);
    } catch {
      return { $unknown: why };
    }
  }
}
