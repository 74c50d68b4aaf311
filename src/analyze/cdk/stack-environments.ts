import { ts } from 'ts-morph';
import { isObjectValue } from '../../resolve/value-kinds.js';
import type { StackEnvironment } from './cdk-source-model.js';
import type { ConstructCatalog } from './construct-catalog.js';
import { skipWrappers } from './construct-creation.js';

/**
 * The `env` each stack is created with: `new ShopStack(app, 'ShopStack', { env: { region, account } })`
 * in the bin file, or `super(scope, id, { ...props, env: {...} })` in the stack's constructor.
 * `process.env.CDK_DEFAULT_REGION` is left unknown: the CLI's profile decides it at synth time.
 */
export function stackEnvironments(files: ts.SourceFile[], catalog: ConstructCatalog): StackEnvironment[] {
  const environments: StackEnvironment[] = [];
  const visit = (node: ts.Node): void => {
    const stackClass = ts.isNewExpression(node) ? classNameOf(node.expression) : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.SuperKeyword ? enclosingClass(node) : undefined;
    const props = stackClass && (node as ts.NewExpression | ts.CallExpression).arguments?.[2];
    const env = props && envProperty(props);
    if (stackClass && env) {
      const value = catalog.evaluate(env);
      if (isObjectValue(value)) {
        const found: StackEnvironment = { stackClass };
        if (value.region !== undefined) found.region = value.region;
        if (value.account !== undefined) found.account = value.account;
        environments.push(found);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of files) visit(file);
  return environments;
}

function envProperty(props: ts.Expression): ts.Expression | undefined {
  const literal = skipWrappers(props);
  if (!ts.isObjectLiteralExpression(literal)) return undefined;
  const property = literal.properties.find((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && p.name.getText() === 'env');
  if (!property) return undefined;
  return ts.isPropertyAssignment(property) ? property.initializer : (property as ts.ShorthandPropertyAssignment).name;
}

function classNameOf(expression: ts.Expression): string | undefined {
  const node = skipWrappers(expression);
  if (ts.isIdentifier(node)) return node.text;
  return ts.isPropertyAccessExpression(node) ? node.name.text : undefined;
}

function enclosingClass(node: ts.Node): string | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isClassLike(current)) return current.name?.text;
  }
  return undefined;
}
