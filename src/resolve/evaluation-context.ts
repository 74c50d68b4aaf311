import { ts } from 'ts-morph';
import type { Unknown, Value } from '../model.js';
import { unknownAt } from './unknown-at.js';

/** How deep expressions may nest, how deep local calls may go, how many nodes one input may cost. */
export const LIMITS = { depth: 150, callDepth: 8, steps: 50_000, stringLength: 100_000 };

/** Shared by every step of one evaluation, also across the local calls it follows. */
export interface EvaluationState {
  depth: number;
  callDepth: number;
  steps: number;
  /** Counts the limits hit (cycles, depth, size); a value that hit one is not memoized. */
  truncations: number;
  /** Counts looks at the parameters in scope; a value that looked at one is not memoized. */
  bindingReads: number;
  /** Declarations being evaluated right now: meeting one again is a cycle. */
  active: Set<ts.Node>;
  /**
   * Values of module-level declarations and of expressions that read no parameter, shared by every
   * evaluation with the same checker and env.
   */
  memo: WeakMap<ts.Node, Value>;
}

/** Values of the parameters in scope. `get` may work a value out on first use; `has` never does. */
export interface Bindings {
  get(symbol: ts.Symbol): Value | undefined;
  has(symbol: ts.Symbol): boolean;
}

/** The parameters of a local call being followed, in front of those of the code that calls it. */
export class NestedBindings implements Bindings {
  private readonly own = new Map<ts.Symbol, Value>();

  constructor(private readonly outer: Bindings) {}

  set(symbol: ts.Symbol, value: Value): void {
    this.own.set(symbol, value);
  }

  get(symbol: ts.Symbol): Value | undefined {
    return this.own.has(symbol) ? this.own.get(symbol) : this.outer.get(symbol);
  }

  has(symbol: ts.Symbol): boolean {
    return this.own.has(symbol) || this.outer.has(symbol);
  }
}

export interface EvaluationContext {
  readonly checker: ts.TypeChecker;
  readonly env: ReadonlyMap<string, string>;
  /** Values of parameters: the caller's (`scope.parameters`) and those of local calls being followed. */
  readonly bindings: Bindings;
  readonly state: EvaluationState;
  readonly evaluate: (node: ts.Expression, context: EvaluationContext) => Value;
}

/** The value a parameter in scope is bound to (the look-up is counted: see `bindingReads`). */
export function boundValue(context: EvaluationContext, symbol: ts.Symbol): Value | undefined {
  if (!isParameterName(symbol)) return undefined;
  context.state.bindingReads += 1;
  return context.bindings.get(symbol);
}

/** Whether a parameter in scope is bound (counted like `boundValue`). */
export function isBound(context: EvaluationContext, symbol: ts.Symbol): boolean {
  if (!isParameterName(symbol)) return false;
  context.state.bindingReads += 1;
  return context.bindings.has(symbol);
}

/** A parameter or a name its pattern binds: only these are ever bound, so reading a constant is no look-up. */
export function isParameterName(symbol: ts.Symbol): boolean {
  let declaration: ts.Node | undefined = symbol.valueDeclaration;
  if (declaration?.kind === ts.SyntaxKind.Parameter) return true;
  if (declaration?.kind !== ts.SyntaxKind.BindingElement) return false;
  while (declaration && (ts.isBindingElement(declaration) || ts.isObjectBindingPattern(declaration) || ts.isArrayBindingPattern(declaration))) declaration = declaration.parent;
  return declaration !== undefined && ts.isParameter(declaration);
}

/** An unknown caused by a limit (cycle, depth, size), which keeps the value out of the memo. */
export function truncated(node: ts.Node, why: string, context: EvaluationContext): Unknown {
  context.state.truncations += 1;
  return unknownAt(node, why);
}

const memos = new WeakMap<ts.TypeChecker, WeakMap<ReadonlyMap<string, string>, WeakMap<ts.Node, Value>>>();

export function memoFor(checker: ts.TypeChecker, env: ReadonlyMap<string, string>): WeakMap<ts.Node, Value> {
  let byEnv = memos.get(checker);
  if (!byEnv) memos.set(checker, (byEnv = new WeakMap()));
  let memo = byEnv.get(env);
  if (!memo) byEnv.set(env, (memo = new WeakMap()));
  return memo;
}
