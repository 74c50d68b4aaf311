import path from 'node:path';
import { ts } from 'ts-morph';
import type { Value } from '../../model.js';
import { evaluateNode } from '../../resolve/evaluate-node.js';
import { memoFor, type EvaluationContext } from '../../resolve/evaluation-context.js';
import { undefinedAt, unknownAt } from '../../resolve/unknown-at.js';
import { cdkClassName, importedName } from './cdk-class-name.js';
import type { ConstructDescription } from './cdk-source-model.js';
import { creationOf, skipWrappers, type Creation } from './construct-creation.js';

/** What only the caller knows: the values of construct attributes and of the stack's environment. */
export interface CdkEvaluationHooks {
  /** `table.tableName` and friends; undefined for an attribute the caller does not model. */
  attributeValue(construct: ConstructDescription, attribute: string): Value | undefined;
  /** `this.region`, `Aws.ACCOUNT_ID`, `Stack.of(this).partition`, `Aws.URL_SUFFIX`. */
  pseudoParameter(name: 'region' | 'account' | 'partition' | 'urlSuffix'): Value;
  /** `cdk.json` / `--context` values for `node.tryGetContext(key)`. */
  context: Record<string, string>;
  /** Where `cdk` runs: relative paths in the app (`entry: 'functions/x.ts'`) are relative to it. */
  appRoot: string;
}

export type Describe = (creation: Creation) => ConstructDescription | undefined;

const pseudoByStackMember: Record<string, 'region' | 'account' | 'partition' | 'urlSuffix'> = {
  region: 'region', account: 'account', partition: 'partition', urlSuffix: 'urlSuffix',
};
const pseudoByAwsMember: Record<string, 'region' | 'account' | 'partition' | 'urlSuffix'> = {
  REGION: 'region', ACCOUNT_ID: 'account', PARTITION: 'partition', URL_SUFFIX: 'urlSuffix',
};

/**
 * The resolve stage's evaluator taught what CDK code means at synth time: `__dirname`, `path.join`,
 * construct attributes, the stack's region and account, and context values.
 */
export function createCdkEvaluator(checker: ts.TypeChecker, hooks: CdkEvaluationHooks, describe: Describe): (expression: ts.Expression) => Value {
  // Its own env map, so that the memo of module-level values is not shared with plain analysis.
  const env = new Map<string, string>();
  const evaluate = (node: ts.Expression, context: EvaluationContext): Value =>
    evaluateCdkNode(node, context, checker, hooks, describe) ?? evaluateNode(node, context);
  return (expression) => {
    const context: EvaluationContext = {
      checker, env, bindings: new Map(), evaluate,
      state: { depth: 0, callDepth: 0, steps: 0, truncations: 0, bindingReads: 0, active: new Set(), memo: memoFor(checker, env) },
    };
    try {
      return evaluate(expression, context);
    } catch (error) {
      return unknownAt(expression, `could not be evaluated: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

function evaluateCdkNode(node: ts.Expression, context: EvaluationContext, checker: ts.TypeChecker, hooks: CdkEvaluationHooks, describe: Describe): Value | undefined {
  if (ts.isIdentifier(node) && (node.text === '__dirname' || node.text === '__filename') && !checker.getSymbolAtLocation(node)) {
    const file = node.getSourceFile().fileName;
    return node.text === '__dirname' ? path.dirname(file) : file;
  }
  if (ts.isPropertyAccessExpression(node)) return memberValue(node, checker, hooks, describe);
  if (ts.isCallExpression(node)) return callValue(node, context, checker, hooks);
  return undefined;
}

function memberValue(node: ts.PropertyAccessExpression, checker: ts.TypeChecker, hooks: CdkEvaluationHooks, describe: Describe): Value | undefined {
  const member = node.name.text;
  const receiver = skipWrappers(node.expression);
  if (ts.isMetaProperty(receiver) && member === 'dirname') return path.dirname(receiver.getSourceFile().fileName);
  if (ts.isMetaProperty(receiver) && member === 'filename') return receiver.getSourceFile().fileName;
  const awsMember = pseudoByAwsMember[member];
  if (awsMember && cdkClassName(receiver, checker) === 'core.Aws') return hooks.pseudoParameter(awsMember);
  const stackMember = pseudoByStackMember[member];
  if (stackMember && (receiver.kind === ts.SyntaxKind.ThisKeyword || isStackOf(receiver, checker))) return hooks.pseudoParameter(stackMember);
  const creation = creationOf(receiver, checker);
  const construct = creation && describe(creation);
  return construct ? hooks.attributeValue(construct, member) : undefined;
}

function callValue(node: ts.CallExpression, context: EvaluationContext, checker: ts.TypeChecker, hooks: CdkEvaluationHooks): Value | undefined {
  const callee = skipWrappers(node.expression);
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'tryGetContext') {
    const key = node.arguments[0] && context.evaluate(node.arguments[0], context);
    if (typeof key !== 'string') return unknownAt(node, 'a context value whose key is unknown');
    return hooks.context[key] ?? undefinedAt(node, `context value ${key} is not set; pass it in cdk.json or --context ${key}=...`);
  }
  const imported = importedName(callee, checker);
  if (!imported) return undefined;
  if (imported.module === 'url' || imported.module === 'node:url') {
    const [argument] = node.arguments;
    const isMetaUrl = argument && ts.isPropertyAccessExpression(argument) && ts.isMetaProperty(argument.expression) && argument.name.text === 'url';
    return imported.names.join('.') === 'fileURLToPath' && isMetaUrl ? node.getSourceFile().fileName : undefined;
  }
  if (imported.module !== 'path' && imported.module !== 'node:path') return undefined;
  const pathOperations = pathOperationsFrom(hooks.appRoot);
  const operation = pathOperations[imported.names.filter((name) => name !== 'posix' && name !== 'default').join('.')];
  if (!operation) return undefined;
  const parts = node.arguments.map((argument) => context.evaluate(argument, context));
  if (!parts.every((part): part is string => typeof part === 'string')) return unknownAt(node, `a path built from a value the code does not give: ${node.getText().slice(0, 60)}`);
  return operation(parts);
}

const pathOperationsFrom = (appRoot: string): Record<string, (parts: string[]) => string> => ({
  join: (parts) => path.join(...parts),
  resolve: (parts) => path.resolve(appRoot, ...parts),
  dirname: (parts) => path.dirname(parts[0] ?? '.'),
  basename: (parts) => path.basename(parts[0] ?? '', parts[1]),
});

// `Stack.of(this)`, `cdk.Stack.of(scope)`.
function isStackOf(node: ts.Expression, checker: ts.TypeChecker): boolean {
  if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== 'of') return false;
  return cdkClassName(node.expression.expression, checker) === 'core.Stack';
}
