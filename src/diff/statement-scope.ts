import type { Statement } from '../model.js';
import { actionPatternCovers, resourcePatternCovers } from '../policy/arn-pattern-covers.js';
import { patternsOverlap } from './pattern-overlap.js';

// Which actions and resources a statement is about, with `NotAction` and `NotResource` read as IAM
// reads them: the statement matches everything the list does not name
// (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html,
// reference_policies_elements_notresource.html).
//
// A needed resource may itself be a pattern (`arn:aws:s3:::invoices/*`). An Allow must cover all of
// it ("covers"); a Deny applies as soon as it can touch part of it ("touches"), because then some
// of the function's requests are denied.

export function listOf(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Does the statement name every request for `action`? */
export function coversAction(statement: Statement, action: string): boolean {
  if (statement.Action !== undefined) return listOf(statement.Action).some((pattern) => actionPatternCovers(pattern, action));
  if (statement.NotAction !== undefined) return !listOf(statement.NotAction).some((pattern) => patternsOverlap(pattern, action, true));
  return false;
}

/** Can the statement name some request for `action`? */
export function touchesAction(statement: Statement, action: string): boolean {
  if (statement.Action !== undefined) return listOf(statement.Action).some((pattern) => patternsOverlap(pattern, action, true));
  if (statement.NotAction !== undefined) return !listOf(statement.NotAction).some((pattern) => actionPatternCovers(pattern, action));
  return false;
}

/** Does the statement name every resource `resource` can be? */
export function coversResource(statement: Statement, resource: string): boolean {
  if (statement.Resource !== undefined) return listOf(statement.Resource).some((pattern) => resourcePatternCovers(pattern, resource));
  if (statement.NotResource !== undefined) return !listOf(statement.NotResource).some((pattern) => patternsOverlap(pattern, resource));
  return false;
}

/** Can the statement name one of the resources `resource` can be? */
export function touchesResource(statement: Statement, resource: string): boolean {
  if (statement.Resource !== undefined) return listOf(statement.Resource).some((pattern) => patternsOverlap(pattern, resource));
  if (statement.NotResource !== undefined) return !listOf(statement.NotResource).some((pattern) => resourcePatternCovers(pattern, resource));
  return false;
}
