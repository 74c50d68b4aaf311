import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathKind, resolutions } from './file-system.js';
import { packageDirOf, pathMappingFor, readPackageJson, workspacePackagesFor } from './package-config.js';

export const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const JS_TO_TS: Record<string, string[]> = { '.js': ['.ts', '.tsx'], '.jsx': ['.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'] };

/** The local source file a specifier names, or undefined for a package outside the project. */
export function resolveModule(specifier: string, fromFile: string): string | undefined {
  const fromDir = dirname(fromFile);
  const key = `${fromDir}\0${specifier}`;
  if (resolutions.has(key)) return resolutions.get(key);
  const target = resolveUncached(specifier, fromDir);
  resolutions.set(key, target);
  return target;
}

function resolveUncached(specifier: string, fromDir: string): string | undefined {
  if (specifier.startsWith('.') || isAbsolute(specifier)) return resolveFileOrFolder(resolve(fromDir, specifier));
  if (specifier.startsWith('#')) return resolvePackageImport(specifier, fromDir);
  return resolveMappedPath(specifier, fromDir) ?? resolveWorkspacePackage(specifier, fromDir);
}

export function resolveFileOrFolder(path: string): string | undefined {
  return resolveFile(path) ?? resolveFolder(path);
}

function resolveFile(path: string): string | undefined {
  const extension = SOURCE_EXTENSIONS.find((ext) => path.endsWith(ext));
  if (extension) {
    // A `.js` specifier in TypeScript ESM names the `.ts` source it compiles from.
    for (const tsExt of JS_TO_TS[extension] ?? []) {
      const source = path.slice(0, -extension.length) + tsExt;
      if (pathKind(source) === 'file') return source;
    }
    if (pathKind(path) === 'file' && !path.endsWith('.d.ts')) return path;
  }
  for (const ext of SOURCE_EXTENSIONS) if (pathKind(path + ext) === 'file') return path + ext;
  return undefined;
}

function resolveFolder(dir: string): string | undefined {
  if (pathKind(dir) !== 'dir') return undefined;
  if (pathKind(join(dir, 'package.json')) === 'file') {
    const fromManifest = resolvePackageEntry(dir);
    if (fromManifest) return fromManifest;
  }
  return resolveFile(join(dir, 'index'));
}

function resolvePackageImport(specifier: string, fromDir: string): string | undefined {
  const packageDir = packageDirOf(fromDir);
  const imports = packageDir ? readPackageJson(packageDir).imports : undefined;
  if (!packageDir || !imports) return undefined;
  const target = matchPattern(imports, specifier);
  return target ? resolveFileOrFolder(resolve(packageDir, target)) : undefined;
}

function resolveMappedPath(specifier: string, fromDir: string): string | undefined {
  const mapping = pathMappingFor(fromDir);
  if (!mapping) return undefined;
  for (const [pattern, targets] of Object.entries(mapping.paths)) {
    const wildcard = matchWildcard(pattern, specifier);
    if (wildcard === undefined) continue;
    for (const target of targets) {
      const found = resolveFileOrFolder(resolve(mapping.baseDir, target.replace('*', wildcard)));
      if (found) return found;
    }
  }
  return mapping.baseUrl ? resolveFileOrFolder(resolve(mapping.baseUrl, specifier)) : undefined;
}

function resolveWorkspacePackage(specifier: string, fromDir: string): string | undefined {
  const packages = workspacePackagesFor(fromDir);
  if (packages.size === 0) return undefined;
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const packageDir = packages.get(parts.slice(0, nameLength).join('/'));
  if (!packageDir) return undefined;
  const subpath = parts.slice(nameLength).join('/');
  if (!subpath) return resolvePackageEntry(packageDir);
  const exported = matchPattern(readPackageJson(packageDir).exports, `./${subpath}`);
  return (
    (exported && resolveBuiltOrSource(packageDir, exported)) ??
    resolveFileOrFolder(join(packageDir, subpath)) ??
    resolveFileOrFolder(join(packageDir, 'src', subpath))
  );
}

function resolvePackageEntry(packageDir: string): string | undefined {
  const manifest = readPackageJson(packageDir);
  const candidates = [matchPattern(manifest.exports, '.'), manifest.module, manifest.main].filter((c): c is string => typeof c === 'string');
  for (const candidate of candidates) {
    const found = resolveBuiltOrSource(packageDir, candidate);
    if (found) return found;
  }
  return resolveFile(join(packageDir, 'src', 'index')) ?? resolveFile(join(packageDir, 'index'));
}

// A workspace package's manifest usually points at build output (dist/index.js) that does not exist
// in a source checkout; its source sits at the same place under src/.
function resolveBuiltOrSource(packageDir: string, target: string): string | undefined {
  const direct = resolveFileOrFolder(resolve(packageDir, target));
  if (direct) return direct;
  const asSource = target.replace(/^\.?\/?(dist|lib|build|out)\//, 'src/');
  return asSource !== target ? resolveFileOrFolder(resolve(packageDir, asSource)) : undefined;
}

/** `exports`/`imports` lookup: exact keys, then "prefix/*" patterns; conditions pick a string target. */
function matchPattern(map: unknown, key: string): string | undefined {
  if (typeof map === 'string') return key === '.' ? map : undefined;
  if (typeof map !== 'object' || map === null) return undefined;
  const entries = map as Record<string, unknown>;
  if (!Object.keys(entries).some((k) => k.startsWith('.') || k.startsWith('#'))) return key === '.' ? pickCondition(entries) : undefined;
  if (key in entries) return pickCondition(entries[key]);
  for (const [pattern, target] of Object.entries(entries)) {
    const wildcard = matchWildcard(pattern, key);
    const picked = wildcard !== undefined && pattern.includes('*') ? pickCondition(target) : undefined;
    if (picked) return picked.replace('*', wildcard ?? '');
  }
  return undefined;
}

function pickCondition(target: unknown): string | undefined {
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) return target.map(pickCondition).find((t) => t !== undefined);
  if (typeof target !== 'object' || target === null) return undefined;
  const conditions = target as Record<string, unknown>;
  for (const condition of ['source', 'typescript', 'import', 'require', 'node', 'default', 'types']) {
    const picked = condition in conditions ? pickCondition(conditions[condition]) : undefined;
    if (picked) return picked;
  }
  return undefined;
}

function matchWildcard(pattern: string, value: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === value ? '' : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (!value.startsWith(prefix) || !value.endsWith(suffix) || value.length < prefix.length + suffix.length) return undefined;
  return value.slice(prefix.length, value.length - suffix.length);
}
