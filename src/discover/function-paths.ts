import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';

/** A function named by a path on the command line: its name and the file its code starts in. */
export interface FunctionSource {
  name: string;
  /** Absolute path of the entry file. */
  entry: string;
}

const sourceExtensions = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];
// What a user expects to be the entry of a function folder, in order.
const entryStems = ['index', 'handler', 'app', 'main', 'lambda'];

/** One function per path: a file is its own entry; a folder's entry is found as a user would expect. */
export function functionSourcesFromPaths(paths: string[], cwd = process.cwd()): FunctionSource[] {
  return paths.map((given) => {
    const absolute = path.resolve(cwd, given);
    if (!existsSync(absolute)) throw new UsageError(`${given}: no such file or folder`);
    if (statSync(absolute).isFile()) return { name: nameOfFile(absolute), entry: absolute };
    const entry = entryOfFolder(absolute);
    if (!entry) {
      throw new UsageError(`${given}: no entry file found (looked for package.json "main", then ${entryStems.join('/')}.{ts,js,...} in the folder and in src/); name the file instead`);
    }
    return { name: path.basename(absolute), entry };
  });
}

function entryOfFolder(folder: string): string | undefined {
  const fromManifest = manifestMain(folder);
  if (fromManifest) return fromManifest;
  for (const base of [folder, path.join(folder, 'src')]) {
    for (const stem of entryStems) {
      const found = withSourceExtension(path.join(base, stem));
      if (found) return found;
    }
  }
  return undefined;
}

/** package.json "main", or the TypeScript source of a built main (`dist/index.js` -> `src/index.ts`). */
function manifestMain(folder: string): string | undefined {
  const manifestPath = path.join(folder, 'package.json');
  if (!existsSync(manifestPath)) return undefined;
  let main: unknown;
  try {
    main = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { main?: unknown }).main;
  } catch {
    throw new UsageError(`${manifestPath}: not valid JSON`);
  }
  if (typeof main !== 'string') return undefined;
  const target = path.join(folder, main);
  if (existsSync(target) && statSync(target).isFile()) return target;
  const stem = target.replace(/\.[cm]?js$/, '');
  return withSourceExtension(stem) ?? withSourceExtension(stem.replace(/([/\\])(dist|build|lib|out)([/\\])/, '$1src$3'));
}

function withSourceExtension(stem: string): string | undefined {
  for (const extension of sourceExtensions) {
    const candidate = stem + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

function nameOfFile(file: string): string {
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  return entryStems.includes(stem) ? path.basename(path.dirname(file)) : stem;
}
