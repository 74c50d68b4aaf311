import { ts } from 'ts-morph';
import type { Finding, SdkCall } from '../model.js';
import type { AnalysisRun } from './analysis-run.js';
import { contextForCall, thisContext } from './call-context.js';
import { constructorContext } from './constructor-bindings.js';
import { baseClass } from './class-members.js';
import { enclosingClass } from './classify-declaration.js';
import { bodyNodes } from './body-nodes.js';
import { classify } from './classify-expression.js';
import { FINDERS } from './finders/index.js';
import { skipWrappers } from '../resolve/process-env.js';
import { methodCall, type FinderContext, type FoundCall } from './finders/finder.js';
import { isNestedIn, referencesParameterOf } from './parameter-references.js';
import { contextMayReachAws } from './reaches-aws.js';
import { EMPTY_CONTEXT, type Body, type CallContext, type SdkValue } from './sdk-values.js';
import { toSdkCallOrFinding } from './to-sdk-call.js';

/** Another body this one may run, with the context it runs in. */
export interface Edge {
  body: Body;
  ctx: CallContext;
}

/** What one body does in one context: its AWS calls, what it cannot tell, what it may run next. */
export interface Summary {
  calls: SdkCall[];
  findings: Finding[];
  edges: Edge[];
  /** Its calls depend on what its parameters are bound to, so callers give it their arguments. */
  usesParams: boolean;
}

const summaries = new WeakMap<AnalysisRun, Map<Body, Map<string, Summary>>>();
const EMPTY_SUMMARY: Summary = { calls: [], findings: [], edges: [], usesParams: false };

export function summarize(body: Body, ctx: CallContext, run: AnalysisRun): Summary {
  let byBody = summaries.get(run);
  if (!byBody) summaries.set(run, (byBody = new Map()));
  let byContext = byBody.get(body);
  if (!byContext) byBody.set(body, (byContext = new Map()));
  const cached = byContext.get(ctx.id);
  if (cached) return cached;
  // A body already being read (recursion) contributes nothing more on this path.
  byContext.set(ctx.id, EMPTY_SUMMARY);
  const summary = read(body, ctx, run);
  byContext.set(ctx.id, summary);
  return summary;
}

// One class rather than closures per read: a body is read once per context, and the closures were
// most of what a read of a body without calls cost.
function read(body: Body, ctx: CallContext, run: AnalysisRun): Summary {
  const summary = new BodySummary(ctx, run);
  // A file that imports nothing of AWS, directly or locally, makes no call unless it is handed
  // something that leads to AWS (validation, formatting and logging helpers are called with data).
  if (!run.awsReachingFiles.has(body.getSourceFile()) && !contextMayReachAws(ctx, run)) return summary;
  summary.readBody(body);
  return summary;
}

class BodySummary implements Summary, FinderContext {
  edges: Edge[] = [];
  usesParams = false;
  // Inputs are evaluated only when the walk asks for the calls: a summary read just for `usesParams`
  // (is the callee worth reading again with its arguments?) never needs them.
  private found: Array<[FoundCall, string]> = [];
  private converted: Pick<Summary, 'calls' | 'findings'> | undefined;

  constructor(
    private readonly ctx: CallContext,
    private readonly run: AnalysisRun,
  ) {}

  get calls(): SdkCall[] {
    return this.convert().calls;
  }

  get findings(): Finding[] {
    return this.convert().findings;
  }

  classify(expr: ts.Expression): SdkValue | undefined {
    return classify(expr, this.ctx, this.run);
  }

  arg(expr: ts.Expression): { expr: ts.Expression; ctx: CallContext } {
    return { expr, ctx: this.ctx };
  }

  private convert(): Pick<Summary, 'calls' | 'findings'> {
    if (this.converted) return this.converted;
    const converted: Pick<Summary, 'calls' | 'findings'> = { calls: [], findings: [] };
    this.converted = converted;
    for (const [call, via] of this.found) {
      const result = toSdkCallOrFinding(call, via, this.run);
      if ('service' in result) converted.calls.push(result);
      else converted.findings.push(result);
    }
    this.found.length = 0;
    return converted;
  }

  readBody(body: Body): void {
    for (const node of bodyNodes(body)) {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) this.onCall(node, body);
      else this.addEverything(classify(node, this.ctx, this.run));
    }
  }

  private onCall(node: ts.CallExpression | ts.NewExpression, body: Body): void {
    if (this.mayBeSdkCall(node)) this.findSdkCalls(node, body);
    this.followCall(node, body);
  }

  /**
   * Whether any finder can report this call: each one needs an export of an AWS package or a
   * client's method as the callee, a client, helper object or client's method as the receiver, or a
   * `send(...)`. Most calls of a body are none of these, and are then shown to no finder.
   */
  private mayBeSdkCall(node: ts.CallExpression | ts.NewExpression): boolean {
    const callee = this.classify(node.expression)?.kind;
    if (callee === 'aws-export' || callee === 'sdk-method') return true;
    const call = methodCall(node);
    if (!call) return false;
    if (call.method === 'send') return true;
    const receiver = this.classify(call.receiver)?.kind;
    return receiver === 'client' || receiver === 'aws-object' || receiver === 'sdk-method';
  }

  private findSdkCalls(node: ts.CallExpression | ts.NewExpression, body: Body): void {
    const { ctx, run } = this;
    for (const finder of FINDERS) {
      for (const call of finder.find(node, this)) {
        this.found.push([call, finder.name]);
        if (ctx === EMPTY_CONTEXT && (call.fromUnboundParameter || referencesParameterOf(node, body, run))) this.usesParams = true;
      }
    }
  }

  private followCall(node: ts.CallExpression | ts.NewExpression, body: Body): void {
    const { ctx, run } = this;
    if (ts.isNewExpression(node)) {
      const instance = classify(node, ctx, run);
      if (instance?.kind === 'instance') this.addConstruction(instance);
      return;
    }
    if (node.expression.kind === ts.SyntaxKind.SuperKeyword) {
      // `super(...)`: the base class's construction, with its constructor's parameters bound to this
      // call's arguments (see constructorArguments).
      const own = enclosingClass(node);
      const base = own && baseClass(own, run);
      if (!base) return;
      const instance = ctx.thisValue?.kind === 'instance' ? ctx.thisValue : { kind: 'instance' as const, classDecl: base };
      this.edges.push({ body: base, ctx: constructorContext(base.members.find(ts.isConstructorDeclaration), instance, run) });
      return;
    }
    const target = classify(node.expression, ctx, run);
    if (target?.kind === 'function') {
      const relevant = node.arguments.some((arg) => isSdkRelevant(classify(arg, ctx, run))) || summarize(target.decl, EMPTY_CONTEXT, run).usesParams;
      const calleeCtx = relevant ? contextForCall(target.decl, node, ctx, target.ctx, run) : (target.ctx ?? EMPTY_CONTEXT);
      this.edges.push({ body: target.decl, ctx: calleeCtx });
      // A closure of this body reads its parameters wherever it is called from here.
      if (ctx === EMPTY_CONTEXT && relevant && (referencesParameterOf(node, body, run) || isNestedIn(target.decl, body))) this.usesParams = true;
    }
    // `handlers[event.type](event)`, or `const handle = handlers[event.type] ?? fallback; handle(event)`:
    // which one runs cannot be told, so every candidate may.
    const table = target?.kind === 'function' && ts.isElementAccessExpression(node.expression) ? undefined : dispatchTable(node.expression, run);
    if (table) this.addEverything(classify(table, ctx, run));
  }

  private addConstruction(instance: Extract<SdkValue, { kind: 'instance' }>): void {
    const constructor = instance.classDecl.members.find(ts.isConstructorDeclaration);
    this.edges.push({ body: instance.classDecl, ctx: constructorContext(constructor, instance, this.run) });
  }

  private addEverything(value: SdkValue | undefined): void {
    if (value?.kind === 'function') this.edges.push({ body: value.decl, ctx: value.ctx ?? EMPTY_CONTEXT });
    else if (value?.kind === 'object') {
      for (const property of value.literal.properties) {
        const member = ts.isMethodDeclaration(property) ? property : ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : undefined;
        if (member && ts.isMethodDeclaration(member)) this.edges.push({ body: member, ctx: value.ctx });
        else if (member) this.addEverything(classify(member, value.ctx, this.run));
      }
    } else if (value?.kind === 'class') {
      const instance = { kind: 'instance' as const, classDecl: value.decl };
      this.addConstruction(instance);
      for (const member of value.decl.members) if (ts.isMethodDeclaration(member)) this.edges.push({ body: member, ctx: thisContext(instance, this.run) });
    }
  }
}

/** The object a callee picks its function from by a computed key, directly or through a `const`. */
function dispatchTable(callee: ts.Expression, run: AnalysisRun): ts.Expression | undefined {
  let picked: ts.Expression = callee;
  if (ts.isIdentifier(callee)) {
    const declaration = run.checker.getSymbolAtLocation(callee)?.valueDeclaration;
    const isConst = declaration && ts.isVariableDeclaration(declaration) && (ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const) !== 0;
    if (!isConst || !declaration.initializer) return undefined;
    picked = skipWrappers(declaration.initializer);
    // `handlers[kind] ?? handlers.default`
    while (ts.isBinaryExpression(picked) && picked.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) picked = picked.left;
  }
  picked = skipWrappers(picked);
  return ts.isElementAccessExpression(picked) ? picked.expression : undefined;
}

/** Arguments worth reading the callee again for: SDK values and objects that may carry them. */
function isSdkRelevant(value: SdkValue | undefined): boolean {
  if (!value) return false;
  if (value.kind === 'instance') return value.construction !== undefined;
  return value.kind !== 'function' && value.kind !== 'parameter' && value.kind !== 'class' && value.kind !== 'local-module';
}
