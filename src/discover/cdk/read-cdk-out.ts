import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DiscoveredFunction, Finding, IacReadResult } from '../../model.js';
import { synthesizedStacks } from './cdk-out-manifest.js';
import { mergeSynthesized } from './merge-synthesized.js';
import { synthesizedFunctions } from './synthesized-functions.js';
import type { SynthesizedFunction } from './synthesized-functions.js';

export interface CdkOutOptions {
  region?: string;
  account?: string;
  partition?: string;
  /** `--stack-name`; without it, each stack's name from the cloud assembly's manifest. */
  stackName?: string;
}

// A fresh clone writes `cdk.out` and the sources moments apart, in any order: only a source file
// changed later than this after the synthesis makes the templates stale.
const STALE_AFTER_MS = 60_000;

/**
 * The source reading of a CDK app, merged with the templates of its `cdk.out` when there is one.
 * A template function is matched to the source function with the same construct id (its
 * `aws:cdk:path` without the trailing `Resource`); one with no match is read from its synthesized
 * bundle; CDK's own functions are left out.
 */
export function withCdkOut(root: string, source: IacReadResult, options: CdkOutOptions): IacReadResult {
  const assembly = path.join(root, 'cdk.out');
  if (!existsSync(assembly) || !statSync(assembly).isDirectory()) return source;
  const findings: Finding[] = [...source.findings];
  const stale = staleAssembly(root, assembly);
  if (stale) findings.push(stale);
  const synthesized: SynthesizedFunction[] = [];
  for (const stack of synthesizedStacks(assembly, findings)) {
    const read = synthesizedFunctions(stack, options);
    synthesized.push(...read.functions);
    findings.push(...read.findings);
  }
  const matched = new Map<DiscoveredFunction, SynthesizedFunction[]>();
  const unmatched: SynthesizedFunction[] = [];
  for (const fn of synthesized) {
    const match = sourceMatch(source.functions, fn);
    if (match) matched.set(match, [...(matched.get(match) ?? []), fn]);
    else unmatched.push(fn);
  }
  const functions = source.functions.flatMap((fn) => {
    const found = matched.get(fn) ?? [];
    if (found.length === 0) return [fn];
    // One stack class deployed as several stacks: one function per stack.
    return found.map((one) => mergeSynthesized(fn, one, found.length > 1 ? `${one.stack.stackName}/${constructIdOf(fn)}` : fn.name));
  });
  return { functions: [...functions, ...unmatched.map(bundleFunction)], findings };
}

/** `ShopStack/Api/Handler/Resource` -> `['ShopStack', 'Api', 'Handler']`. */
function constructSegments(fn: SynthesizedFunction): string[] | undefined {
  const segments = fn.cdkPath?.split('/');
  if (!segments || segments.length < 2) return undefined;
  return segments.at(-1) === 'Resource' ? segments.slice(0, -1) : segments;
}

// The source reading's path is `<class that creates it>/<construct id>`.
const constructIdOf = (fn: DiscoveredFunction): string => fn.at.path.slice(fn.at.path.lastIndexOf('/') + 1);
const creatorOf = (fn: DiscoveredFunction): string => fn.at.path.slice(0, fn.at.path.lastIndexOf('/'));

function sourceMatch(sources: DiscoveredFunction[], fn: SynthesizedFunction): DiscoveredFunction | undefined {
  const segments = constructSegments(fn);
  const id = segments?.at(-1);
  if (!segments || !id) return undefined;
  const candidates = sources.filter((source) => constructIdOf(source) === id);
  if (candidates.length <= 1) return candidates[0];
  // Several classes create a function with this id: the one whose class name is also a construct id on the path.
  const onPath = candidates.filter((source) => segments.includes(creatorOf(source)));
  return onPath.length === 1 ? onPath[0] : undefined;
}

/** A template function no construct of the source creates: analysed from the bundle in its asset folder. */
function bundleFunction(fn: SynthesizedFunction): DiscoveredFunction {
  const segments = constructSegments(fn);
  const name = segments && segments.length > 1 ? segments.slice(1).join('/') : fn.logicalId;
  const template = fn.function;
  const note: Finding = {
    severity: 'note',
    code: 'synthesized-bundle',
    message: `${name}: no construct of the app's source creates ${fn.cdkPath ?? fn.logicalId}; its policy is derived from the synthesized bundle ${template.entry}`,
    at: { file: template.at.file, line: template.at.line ?? 1, column: 1 },
  };
  const { region, account } = fn.stack;
  return {
    ...template,
    name,
    at: { ...template.at, kind: 'cdk' },
    findings: [...template.findings, note],
    ...(region ? { region } : {}),
    ...(account ? { account } : {}),
  };
}

/** A warning when a file under `lib/` or `bin/` changed after `cdk.out` was synthesized. */
function staleAssembly(root: string, assembly: string): Finding | undefined {
  const marker = ['manifest.json', ...readdirSync(assembly).filter((name) => name.endsWith('.template.json')).sort()]
    .map((name) => path.join(assembly, name))
    .find((file) => existsSync(file));
  if (!marker) return undefined;
  const synthesizedAt = statSync(marker).mtimeMs;
  const newest = newestFile(['lib', 'bin'].map((folder) => path.join(root, folder)));
  if (!newest || newest.mtimeMs <= synthesizedAt + STALE_AFTER_MS) return undefined;
  return {
    severity: 'warning',
    code: 'stale-cdk-out',
    message: `${assembly} is older than ${newest.file}: it was synthesized before the app last changed and may not match it; run cdk synth again`,
    at: { file: marker, line: 1, column: 1 },
  };
}

function newestFile(folders: string[]): { file: string; mtimeMs: number } | undefined {
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const folder of folders.filter((candidate) => existsSync(candidate))) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const file = path.join(entry.parentPath, entry.name);
      const { mtimeMs } = statSync(file);
      if (!newest || mtimeMs > newest.mtimeMs) newest = { file, mtimeMs };
    }
  }
  return newest;
}
