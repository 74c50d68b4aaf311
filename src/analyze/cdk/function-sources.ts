import { ts } from 'ts-morph';
import type { Value } from '../../model.js';
import { isObjectValue, isUnknown } from '../../resolve/value-kinds.js';
import { unknownAt } from '../../resolve/unknown-at.js';
import type { EventSourceDescription, FunctionSource, StatementSource } from './cdk-source-model.js';
import { propsLiteral, type ConstructCatalog } from './construct-catalog.js';
import { skipWrappers, type Creation } from './construct-creation.js';
import { eventSourceList } from './event-sources.js';
import { policyStatement } from './policy-statements.js';

/** The construct types that are Lambda functions whose code iamgen can read. */
export const FUNCTION_TYPES = new Set(['aws-lambda-nodejs.NodejsFunction', 'aws-lambda.Function']);

/** What a function construct's own props say: entry, handler, code, environment, initial policy. */
export function functionSource(creation: ts.NewExpression, catalog: ConstructCatalog, checker: ts.TypeChecker): FunctionSource | undefined {
  const construct = catalog.describe(creation);
  if (!construct || !FUNCTION_TYPES.has(construct.type)) return undefined;
  const source: FunctionSource = { construct, environment: {}, statements: [], grants: [], managedPolicies: [], eventSources: [] };
  const definedIn = enclosingClassName(creation);
  if (definedIn) source.definedIn = definedIn;
  const props = propsLiteral(creation, checker);
  if (!props && creation.arguments?.[2]) source.environmentUnknown = unknownAt(creation.arguments[2], 'the props are not an object literal the code spells out');
  for (const property of props ? ownProperties(props, checker, 0) : []) {
    if (ts.isSpreadAssignment(property)) {
      source.environmentUnknown ??= unknownAt(property, 'props spread from a value iamgen does not follow');
      continue;
    }
    if (!ts.isPropertyAssignment(property) && !ts.isShorthandPropertyAssignment(property)) continue;
    const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
    readProp(source, property.name.getText(), value, catalog);
  }
  return source;
}

// `{ ...common, entry }`: the spread of a `const` object literal is read as if written in place.
function ownProperties(literal: ts.ObjectLiteralExpression, checker: ts.TypeChecker, depth: number): ts.ObjectLiteralElementLike[] {
  return literal.properties.flatMap((property) => {
    if (!ts.isSpreadAssignment(property) || depth > 5) return [property];
    const spread = skipWrappers(property.expression);
    const declaration = ts.isIdentifier(spread) ? checker.getSymbolAtLocation(spread)?.valueDeclaration : undefined;
    const initializer = declaration && ts.isVariableDeclaration(declaration) && declaration.initializer && skipWrappers(declaration.initializer);
    return initializer && ts.isObjectLiteralExpression(initializer) ? ownProperties(initializer, checker, depth + 1) : [property];
  });
}

function readProp(source: FunctionSource, name: string, value: ts.Expression, catalog: ConstructCatalog): void {
  if (name === 'entry') source.entry = catalog.evaluate(value);
  else if (name === 'handler') source.handler = catalog.evaluate(value);
  else if (name === 'code') readCode(source, value, catalog);
  else if (name === 'environment') addEnvironment(source, catalog.evaluate(value), value);
  else if (name === 'initialPolicy') source.statements.push(...initialPolicy(value, catalog));
  else if (name === 'eventSources') addEventSources(source, eventSourceList(value, catalog));
}

// Binding an `SqsEventSource` calls `queue.grantConsumeMessages(fn)` (aws-lambda-event-sources/lib/sqs.ts).
export function addEventSources(source: FunctionSource, eventSources: EventSourceDescription[]): void {
  for (const found of eventSources) {
    source.eventSources.push(found);
    if (found.type === 'SqsEventSource' && found.resource) source.grants.push({ method: 'grantConsumeMessages', resource: found.resource, at: found.at });
  }
}

function readCode(source: FunctionSource, value: ts.Expression, catalog: ConstructCatalog): void {
  const node = skipWrappers(value);
  const callee = ts.isCallExpression(node) ? skipWrappers(node.expression) : undefined;
  if (callee && ts.isPropertyAccessExpression(callee) && callee.name.text === 'fromAsset' && ts.isCallExpression(node) && node.arguments[0]) {
    source.codeAsset = catalog.evaluate(node.arguments[0]);
  } else {
    source.otherCode = callee && ts.isPropertyAccessExpression(callee) ? callee.getText() : value.getText().slice(0, 60);
  }
}

export function addEnvironment(source: FunctionSource, value: Value, node: ts.Node): void {
  if (!isObjectValue(value)) {
    source.environmentUnknown ??= isUnknown(value) ? value : unknownAt(node, 'the environment is not an object');
    return;
  }
  for (const [key, entry] of Object.entries(value)) {
    if (key === '$rest') source.environmentUnknown ??= isUnknown(entry) ? entry : unknownAt(node, 'part of the environment is unknown');
    else source.environment[key] = entry;
  }
}

function initialPolicy(value: ts.Expression, catalog: ConstructCatalog): StatementSource[] {
  const node = skipWrappers(value);
  if (!ts.isArrayLiteralExpression(node)) return [];
  return node.elements.flatMap((element) => {
    const statement = policyStatement(element, catalog);
    return statement ? [statement] : [];
  });
}

function enclosingClassName(node: Creation): string | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if (ts.isClassLike(current)) return current.name?.text;
  }
  return undefined;
}
