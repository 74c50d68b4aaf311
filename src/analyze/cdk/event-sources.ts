import { ts } from 'ts-morph';
import { locationOf } from '../../resolve/unknown-at.js';
import type { ConstructDescription, EventSourceDescription } from './cdk-source-model.js';
import type { ConstructCatalog } from './construct-catalog.js';
import { creationOf, skipWrappers } from './construct-creation.js';

const eventSourceModule = 'aws-lambda-event-sources.';

/**
 * An event source of aws-lambda-event-sources (`new SqsEventSource(queue, props)`), with the
 * construct it reads and its `onFailure` destination (`new SqsDlq(queue)`, `new SnsDlq(topic)`).
 */
export function eventSource(expression: ts.Expression, catalog: ConstructCatalog): EventSourceDescription | undefined {
  const creation = creationOf(expression, catalog.checker);
  if (!creation || !ts.isNewExpression(creation)) return undefined;
  const type = catalog.describe(creation)?.type;
  if (!type?.startsWith(eventSourceModule)) return undefined;
  const [target, props] = creation.arguments ?? [];
  const found: EventSourceDescription = { type: type.slice(eventSourceModule.length), at: locationOf(creation) };
  const resource = target && constructOf(target, catalog);
  if (resource) found.resource = resource;
  const onFailure = props && onFailureOf(props, catalog);
  if (onFailure) found.onFailure = onFailure;
  return found;
}

/** The elements of an `eventSources: [...]` prop that are event sources. */
export function eventSourceList(value: ts.Expression, catalog: ConstructCatalog): EventSourceDescription[] {
  const node = skipWrappers(value);
  if (!ts.isArrayLiteralExpression(node)) return [];
  return node.elements.flatMap((element) => eventSource(element, catalog) ?? []);
}

function constructOf(expression: ts.Expression, catalog: ConstructCatalog): ConstructDescription | undefined {
  const creation = creationOf(expression, catalog.checker);
  return creation && catalog.describe(creation);
}

function onFailureOf(props: ts.Expression, catalog: ConstructCatalog): ConstructDescription | undefined {
  const literal = skipWrappers(props);
  if (!ts.isObjectLiteralExpression(literal)) return undefined;
  const property = literal.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'onFailure');
  const destination = property && creationOf(property.initializer, catalog.checker);
  if (!destination || !ts.isNewExpression(destination) || !destination.arguments?.[0]) return undefined;
  return constructOf(destination.arguments[0], catalog);
}
