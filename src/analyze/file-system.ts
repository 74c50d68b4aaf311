import { readFileSync, statSync } from 'node:fs';

// Module resolution asks the same paths many times (every file of a shared library tries the same
// candidates), so stat and read results are kept for the whole run.
const kinds = new Map<string, 'file' | 'dir' | undefined>();
const jsonFiles = new Map<string, unknown>();
/** Module resolutions by "folder\0specifier": the import closure, the program and the finders ask the same ones. */
export const resolutions = new Map<string, string | undefined>();

export function pathKind(path: string): 'file' | 'dir' | undefined {
  if (kinds.has(path)) return kinds.get(path);
  let kind: 'file' | 'dir' | undefined;
  try {
    // Most candidates of a resolution do not exist: no exception (and its stack) for those.
    const stat = statSync(path, { throwIfNoEntry: false });
    kind = stat?.isFile() ? 'file' : stat?.isDirectory() ? 'dir' : undefined;
  } catch {
    kind = undefined;
  }
  kinds.set(path, kind);
  return kind;
}

/** A JSON (or JSON-with-comments, for tsconfig) file, or undefined when absent or unreadable. */
export function readJsonFile(path: string): unknown {
  if (jsonFiles.has(path)) return jsonFiles.get(path);
  let value: unknown;
  if (pathKind(path) === 'file') {
    try {
      const text = readFileSync(path, 'utf8');
      value = parseJsonWithComments(text);
    } catch {
      value = undefined;
    }
  }
  jsonFiles.set(path, value);
  return value;
}

function parseJsonWithComments(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const withoutComments = text
      .replace(/("(?:[^"\\]|\\.)*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g, (_match, literal: string | undefined) => literal ?? '')
      .replace(/,(\s*[}\]])/g, '$1');
    return JSON.parse(withoutComments);
  }
}

export function clearFileSystemCache(): void {
  kinds.clear();
  jsonFiles.clear();
  resolutions.clear();
}
