import { ts } from 'ts-morph';
import type { AnalysisRun } from './analysis-run.js';
import { classify } from './classify-expression.js';
import { EMPTY_CONTEXT, type CallContext, type SdkValue } from './sdk-values.js';

// Values nested deeper than this (objects in objects, instances made with instances) are assumed
// to reach AWS: reading a body once more is only slower, never wrong.
const MAX_NESTING = 6;

/**
 * Whether anything a context binds (parameters, `this`, the closures it is nested in) can lead to
 * an AWS call. A body in a file that cannot reach an AWS package through its imports makes no AWS
 * call in such a context, however it was called: only what it is handed can lead it to one.
 */
export function contextMayReachAws(ctx: CallContext, run: AnalysisRun, nesting = 0): boolean {
  if (ctx === EMPTY_CONTEXT) return false;
  const known = run.contextReachesAws.get(ctx.id);
  if (known !== undefined) return known;
  const answer = contextReaches(ctx, run, nesting);
  // An answer cut short by the nesting limit is conservative but not this context's own: not kept.
  if (nesting === 0) run.contextReachesAws.set(ctx.id, answer);
  return answer;
}

function contextReaches(ctx: CallContext, run: AnalysisRun, nesting: number): boolean {
  if (nesting > MAX_NESTING) return true;
  if (ctx.thisValue && valueMayReachAws(ctx.thisValue, run, nesting + 1)) return true;
  for (const arg of ctx.params.values()) {
    if (valueMayReachAws(classify(arg.expr, arg.ctx, run), run, nesting + 1)) return true;
  }
  return ctx.lexicalParent !== undefined && contextMayReachAws(ctx.lexicalParent, run, nesting + 1);
}

/** Whether a value can lead to an AWS call when code that cannot reach AWS on its own is handed it. */
export function valueMayReachAws(value: SdkValue | undefined, run: AnalysisRun, nesting = 0): boolean {
  if (!value) return false;
  if (nesting > MAX_NESTING) return true;
  const reaches = (file: ts.SourceFile) => run.awsReachingFiles.has(file);
  switch (value.kind) {
    case 'parameter':
      return false;
    case 'local-module':
      return reaches(value.file);
    case 'class':
      return reaches(value.decl.getSourceFile());
    case 'function':
      return reaches(value.decl.getSourceFile()) || (value.ctx !== undefined && contextMayReachAws(value.ctx, run, nesting + 1));
    case 'instance':
      return (
        reaches(value.classDecl.getSourceFile()) ||
        (value.construction?.args.some((arg) => valueMayReachAws(classify(arg.expr, arg.ctx, run), run, nesting + 1)) ?? false)
      );
    case 'object':
      return objectMayReachAws(value, run, nesting);
    default:
      // Clients, commands, AWS modules and exports, helper-library objects.
      return true;
  }
}

function objectMayReachAws(value: Extract<SdkValue, { kind: 'object' }>, run: AnalysisRun, nesting: number): boolean {
  if (contextMayReachAws(value.ctx, run, nesting + 1)) return true;
  const inAwsFile = run.awsReachingFiles.has(value.literal.getSourceFile());
  for (const property of value.literal.properties) {
    // Methods and accessors run in the literal's file, with the literal's context (checked above).
    if (ts.isMethodDeclaration(property) || ts.isAccessor(property)) {
      if (inAwsFile) return true;
      continue;
    }
    const expr = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : ts.isSpreadAssignment(property) ? property.expression : undefined;
    if (expr && valueMayReachAws(classify(expr, value.ctx, run), run, nesting + 1)) return true;
  }
  return false;
}
