import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import { destructuredValue } from './destructuring.js';
import type { EvaluationContext } from './evaluation-context.js';
import { skipWrappers } from './process-env.js';
import { shortText, unknownAt } from './unknown-at.js';
import { reassignedVariableValue } from './reassigned-variable.js';
import { variableProblem } from './variable-problem.js';

/** What a declaration gives the name it declares; `usedAt` is the reference being evaluated. */
export function declarationValue(declaration: ts.Node, usedAt: ts.Node, context: EvaluationContext): Value {
  const { evaluate } = context;
  if (ts.isVariableDeclaration(declaration)) {
    const problem = variableProblem(declaration, declaration.name);
    if (problem) return isLoopVariable(declaration) ? problem : (reassignedVariableValue(declaration, context) ?? problem);
    // `const entries = []` is filled later (push, index writes) that this evaluator does not follow:
    // taking it as empty would drop the permissions its elements need, so it is unknown.
    const initializer = declaration.initializer && skipWrappers(declaration.initializer);
    if (initializer && ts.isArrayLiteralExpression(initializer) && initializer.elements.length === 0) {
      return unknownAt(usedAt, `${shortText(declaration.name)}, an array filled at run time`);
    }
    return evaluate(declaration.initializer as ts.Expression, context);
  }
  if (ts.isBindingElement(declaration)) return destructuredValue(declaration, context);
  if (ts.isParameter(declaration)) return unknownAt(usedAt, `from a function parameter: ${shortText(usedAt)}`);
  if (ts.isEnumMember(declaration)) return enumMemberValue(declaration, context);
  if (ts.isEnumDeclaration(declaration)) {
    return Object.fromEntries(declaration.members.map((member) => [member.name.getText(), enumMemberValue(member, context)]));
  }
  if (ts.isExportAssignment(declaration)) return evaluate(declaration.expression, context);
  if (ts.isPropertyAssignment(declaration)) return evaluate(declaration.initializer, context);
  if (ts.isShorthandPropertyAssignment(declaration)) return evaluate(declaration.name, context);
  // CommonJS: `module.exports = value`, `exports.NAME = value`, `module.exports.NAME = value`.
  if (ts.isBinaryExpression(declaration) && declaration.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
    return evaluate(declaration.right, context);
  }
  const parent = declaration.parent;
  const isAccess = ts.isPropertyAccessExpression(declaration) || ts.isElementAccessExpression(declaration);
  if (isAccess && parent && ts.isBinaryExpression(parent) && parent.left === declaration) {
    return parent.operatorToken.kind === ts.SyntaxKind.EqualsToken ? evaluate(parent.right, context) : unknownAt(parent, `${shortText(usedAt)} is computed`);
  }
  if (ts.isFunctionLike(declaration)) return unknownAt(usedAt, `${shortText(usedAt)} is a function`);
  if (ts.isClassLike(declaration)) return unknownAt(usedAt, `${shortText(usedAt)} is a class`);
  if (ts.isSourceFile(declaration) || ts.isModuleDeclaration(declaration)) return unknownAt(usedAt, `${shortText(usedAt)} is a whole module`);
  return unknownAt(usedAt, `cannot evaluate the declaration of ${shortText(usedAt)}`);
}

function enumMemberValue(member: ts.EnumMember, context: EvaluationContext): Value {
  const constant = context.checker.getConstantValue(member);
  if (constant !== undefined) return constant;
  return member.initializer ? context.evaluate(member.initializer, context) : unknownAt(member, `${member.name.getText()} has no value`);
}

function isLoopVariable(declaration: ts.VariableDeclaration): boolean {
  const statement = declaration.parent.parent;
  return ts.isForOfStatement(statement) || ts.isForInStatement(statement);
}
