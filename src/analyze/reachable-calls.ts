import type { ts } from 'ts-morph';
import type { Finding, SdkCall } from '../model.js';
import type { AnalysisRun } from './analysis-run.js';
import { EMPTY_CONTEXT, type Body } from './sdk-values.js';
import { summarize, type Edge } from './summarize-body.js';

/**
 * Every AWS call a function can make: the top-level code of each file of its closure and the handler
 * run, then whatever they call or hand on. Summaries are shared across functions; only this walk
 * over them is per function.
 */
export function reachableCalls(files: readonly ts.SourceFile[], handler: Body | undefined, run: AnalysisRun): { calls: SdkCall[]; findings: Finding[] } {
  const calls = new Map<string, SdkCall>();
  const findings = new Map<string, Finding>();
  const seen = new Map<Body, Set<string>>();
  const queue: Edge[] = files.map((file) => ({ body: file, ctx: EMPTY_CONTEXT }));
  if (handler) queue.push({ body: handler, ctx: EMPTY_CONTEXT });
  while (queue.length > 0) {
    const { body, ctx } = queue.pop()!;
    let contexts = seen.get(body);
    if (!contexts) seen.set(body, (contexts = new Set()));
    if (contexts.has(ctx.id)) continue;
    contexts.add(ctx.id);
    const summary = summarize(body, ctx, run);
    for (const call of summary.calls) calls.set(JSON.stringify([call.at, call.service, call.operation, call.input, call.clientConfig]), call);
    for (const finding of summary.findings) findings.set(JSON.stringify(finding), finding);
    queue.push(...summary.edges);
  }
  return { calls: [...calls.values()].sort(byLocation), findings: [...findings.values()] };
}

// Code-unit order, not `localeCompare`: the same on every machine (ICU data differs between builds).
function byLocation(a: SdkCall, b: SdkCall): number {
  return compareText(a.at.file, b.at.file) || a.at.line - b.at.line || a.at.column - b.at.column || compareText(a.operation, b.operation);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
