import { readFileSync, realpathSync, statSync } from 'node:fs';
import type { ts } from 'ts-morph';
import type { Finding } from '../model.js';
import type { SourceProject } from './create-project.js';

// Bigger files are bundles or generated code, not a function's own source.
const MAX_FILE_BYTES = 2_000_000;
const MINIFIED_LINE_LENGTH = 2_000;

export type Loaded = { file: ts.SourceFile } | { finding: Finding };

/** Add one file to the run's project, or say why it is skipped (binary, too large, minified, unreadable). */
export function loadSourceFile(project: SourceProject, path: string): Loaded {
  const at = { file: path, line: 1, column: 1 };
  let realPath: string;
  let size: number;
  try {
    realPath = realpathSync.native(path);
    size = statSync(realPath).size;
  } catch (error) {
    return { finding: { severity: 'warning', code: 'unreadable-file', message: `cannot read ${path}: ${(error as Error).message}`, at } };
  }
  if (size > MAX_FILE_BYTES) {
    project.exclude(realPath);
    return { finding: { severity: 'warning', code: 'skipped-file', message: `${path} is larger than ${MAX_FILE_BYTES} bytes (bundled or generated?) and was not analysed`, at } };
  }
  let text: string;
  try {
    text = readFileSync(realPath, 'utf8');
  } catch (error) {
    return { finding: { severity: 'warning', code: 'unreadable-file', message: `cannot read ${path}: ${(error as Error).message}`, at } };
  }
  // Checked before parsing: a binary or minified file is never parsed.
  if (text.slice(0, 8192).includes('\u0000')) {
    project.exclude(realPath);
    return { finding: { severity: 'warning', code: 'skipped-file', message: `${path} is not a text file and was not analysed`, at } };
  }
  if (size > 50_000 && averageLineLength(text) > MINIFIED_LINE_LENGTH) {
    project.exclude(realPath);
    return { finding: { severity: 'warning', code: 'skipped-file', message: `${path} looks minified and was not analysed`, at } };
  }
  return { file: project.addFile(realPath, text) };
}

function averageLineLength(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return text.length / lines;
}
