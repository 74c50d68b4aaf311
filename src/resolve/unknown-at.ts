import { ts } from 'ts-morph';
import type { SourceLocation, Unknown } from '../model.js';

/** Where a node starts in its file (1-based line and column). */
export function locationOf(node: ts.Node): SourceLocation {
  const sourceFile = node.getSourceFile();
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
  return { file: sourceFile.fileName, line: line + 1, column: character + 1 };
}

export function unknownAt(node: ts.Node, why: string): Unknown {
  return { $unknown: why, at: locationOf(node) };
}

// Unknowns that stand for `undefined` when the code runs as given: an environment variable that
// --env does not set, a property an object does not have. `??`, `||` and destructuring defaults
// replace them with the fallback; everywhere else they are as unknown as any other.
const undefinedUnknowns = new WeakSet<Unknown>();

// Unknowns that are certainly strings (environment variables), so `+` with them joins strings.
const stringUnknowns = new WeakSet<Unknown>();

export function undefinedAt(node: ts.Node, why: string): Unknown {
  const unknown = unknownAt(node, why);
  undefinedUnknowns.add(unknown);
  return unknown;
}

export function unsetEnvironmentVariable(node: ts.Node, name: string): Unknown {
  const unknown = undefinedAt(node, `environment variable ${name} is not set; pass --env ${name}=...`);
  stringUnknowns.add(unknown);
  return unknown;
}

/** Marks an unknown as certainly a string (a part of a concatenation that could not be kept). */
export function asStringUnknown(unknown: Unknown): Unknown {
  stringUnknowns.add(unknown);
  return unknown;
}

export function isUndefinedUnknown(value: unknown): boolean {
  return typeof value === 'object' && value !== null && undefinedUnknowns.has(value as Unknown);
}

export function isStringUnknown(value: unknown): boolean {
  return typeof value === 'object' && value !== null && stringUnknowns.has(value as Unknown);
}

/** Source text for a reason, cut short so a warning stays one line. */
export function shortText(node: ts.Node): string {
  const text = node.getText(node.getSourceFile()).replace(/\s+/g, ' ');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
