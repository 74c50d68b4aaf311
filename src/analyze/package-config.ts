import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathKind, readJsonFile } from './file-system.js';

export interface PackageJson {
  name?: string;
  main?: string;
  module?: string;
  exports?: unknown;
  imports?: Record<string, unknown>;
  workspaces?: string[] | { packages?: string[] };
}

export interface PathMapping {
  /** Directory the `paths` targets are relative to (baseUrl, or the tsconfig's folder). */
  baseDir: string;
  baseUrl?: string;
  paths: Record<string, string[]>;
}

const nearestPackage = new Map<string, string | undefined>();
const nearestPaths = new Map<string, PathMapping | undefined>();
const workspaceCache = new Map<string, Map<string, string>>();

/** The folder of the nearest package.json at or above `dir`. */
export function packageDirOf(dir: string): string | undefined {
  if (nearestPackage.has(dir)) return nearestPackage.get(dir);
  const parent = dirname(dir);
  const found = pathKind(join(dir, 'package.json')) === 'file' ? dir : parent === dir ? undefined : packageDirOf(parent);
  nearestPackage.set(dir, found);
  return found;
}

export function readPackageJson(packageDir: string): PackageJson {
  const json = readJsonFile(join(packageDir, 'package.json'));
  return typeof json === 'object' && json !== null ? (json as PackageJson) : {};
}

/** `compilerOptions.paths`/`baseUrl` of the nearest tsconfig.json (following relative `extends`). */
export function pathMappingFor(dir: string): PathMapping | undefined {
  if (nearestPaths.has(dir)) return nearestPaths.get(dir);
  const parent = dirname(dir);
  const configPath = join(dir, 'tsconfig.json');
  const found = pathKind(configPath) === 'file' ? readPathMapping(configPath, 0) : parent === dir ? undefined : pathMappingFor(parent);
  nearestPaths.set(dir, found);
  return found;
}

function readPathMapping(configPath: string, depth: number): PathMapping | undefined {
  const config = readJsonFile(configPath) as { extends?: unknown; compilerOptions?: { baseUrl?: string; paths?: Record<string, string[]> } } | undefined;
  if (!config) return undefined;
  const configDir = dirname(configPath);
  const inherited =
    typeof config.extends === 'string' && config.extends.startsWith('.') && depth < 8
      ? readPathMapping(resolve(configDir, config.extends.endsWith('.json') ? config.extends : `${config.extends}.json`), depth + 1)
      : undefined;
  const options = config.compilerOptions ?? {};
  const baseUrl = options.baseUrl !== undefined ? resolve(configDir, options.baseUrl) : inherited?.baseUrl;
  const paths = options.paths ?? inherited?.paths;
  if (baseUrl === undefined && paths === undefined) return undefined;
  const pathsDir = options.paths ? configDir : (inherited?.baseDir ?? configDir);
  return { baseDir: baseUrl ?? pathsDir, baseUrl, paths: paths ?? {} };
}

/** Package name -> folder, for every workspace package of the monorepo that contains `dir`. */
export function workspacePackagesFor(dir: string): Map<string, string> {
  let root: string | undefined;
  for (let current = packageDirOf(dir); current; ) {
    if (readPackageJson(current).workspaces) root = current;
    const parent = dirname(current);
    current = parent === current ? undefined : packageDirOf(parent);
  }
  if (!root) return new Map();
  const cached = workspaceCache.get(root);
  if (cached) return cached;
  const packages = new Map<string, string>();
  const declared = readPackageJson(root).workspaces;
  const patterns = Array.isArray(declared) ? declared : (declared?.packages ?? []);
  for (const pattern of patterns) {
    for (const packageDir of expandWorkspacePattern(root, pattern)) {
      const name = readPackageJson(packageDir).name;
      if (name) packages.set(name, packageDir);
    }
  }
  workspaceCache.set(root, packages);
  return packages;
}

// Workspace globs in practice are "packages/*", "libs/**" or plain folders; that is all we expand.
function expandWorkspacePattern(root: string, pattern: string): string[] {
  const parts = pattern.replace(/\/+$/, '').split('/');
  let dirs = [root];
  for (const part of parts) {
    const next: string[] = [];
    for (const dir of dirs) {
      if (part === '*' || part === '**') next.push(...subfolders(dir));
      else if (pathKind(join(dir, part)) === 'dir') next.push(join(dir, part));
    }
    dirs = next;
  }
  return dirs.filter((dir) => pathKind(join(dir, 'package.json')) === 'file');
}

function subfolders(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.'))
      .map((entry) => join(dir, entry.name));
  } catch {
    return [];
  }
}

export function clearPackageConfigCache(): void {
  nearestPackage.clear();
  nearestPaths.clear();
  workspaceCache.clear();
}
