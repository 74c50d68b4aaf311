import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import type { EvaluationContext } from './evaluation-context.js';
import { skipWrappers } from './process-env.js';
import { shortText, unknownAt } from './unknown-at.js';
import { isAssignmentTarget } from './variable-problem.js';
import { oneOf } from './value-kinds.js';

// More assignments than this are more likely a computation than a choice of names.
const MAX_ASSIGNMENTS = 8;

/**
 * A `let`/`var` given its value by plain assignments (`let table = 'a'; if (prod) table = 'b';`):
 * wherever it is read it holds its initial value or one of the assigned ones, so it is one of
 * those. Undefined when any write is not a plain `name = value` of this very variable (`+=`,
 * `++`, a destructuring target, a `for...of` header), which keeps it unknown.
 */
export function reassignedVariableValue(declaration: ts.VariableDeclaration, context: EvaluationContext): Value | undefined {
  const name = declaration.name;
  if (!ts.isIdentifier(name)) return undefined;
  const assigned = plainAssignments(declaration, name, context.checker);
  if (!assigned || assigned.length === 0 || assigned.length > MAX_ASSIGNMENTS) return undefined;
  const writes = declaration.initializer ? [declaration.initializer, ...assigned] : assigned;
  const values = writes.map((expression) => context.evaluate(skipWrappers(expression), context));
  return oneOf(values, () => unknownAt(name, `${shortText(name)} is assigned too many values`));
}

// The writes of a variable never change within a run, and finding them searches its whole file.
const plainAssignmentsOf = new WeakMap<ts.VariableDeclaration, ts.Expression[] | null>();

/** The right-hand sides of `name = value` anywhere in the file; null when a write is not of that form. */
function plainAssignments(declaration: ts.VariableDeclaration, name: ts.Identifier, checker: ts.TypeChecker): ts.Expression[] | null {
  const cached = plainAssignmentsOf.get(declaration);
  if (cached !== undefined) return cached;
  const symbol = checker.getSymbolAtLocation(name);
  let assigned: ts.Expression[] | null = symbol ? [] : null;
  const visit = (node: ts.Node): void => {
    if (!assigned) return;
    if (ts.isIdentifier(node)) {
      if (node !== name && node.text === name.text && isAssignmentTarget(node) && checker.getSymbolAtLocation(node) === symbol) {
        const parent = node.parent;
        if (ts.isBinaryExpression(parent) && parent.left === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken) assigned.push(parent.right);
        else assigned = null;
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  if (symbol) visit(declaration.getSourceFile());
  plainAssignmentsOf.set(declaration, assigned);
  return assigned;
}
