import { ts } from 'ts-morph';
import type { Value } from '../model.js';
import type { Bindings } from '../resolve/evaluation-context.js';
import { isObjectValue } from '../resolve/value-kinds.js';
import type { AnalysisRun } from './analysis-run.js';
import { constructorArguments } from './constructor-bindings.js';
import { undefinedAt } from './input-evaluator.js';
import type { Arg, CallContext } from './sdk-values.js';

type Evaluate = (arg: Arg) => Value;

/**
 * The values a context binds to parameters (its own, its constructor's, those of the contexts it is
 * nested in), each worked out the first time an input reads it: most inputs read one or two of the
 * parameters in scope, and a wrapper's caller often passes the whole event as well.
 */
export class ParameterBindings implements Bindings {
  /**
   * Symbol -> how to work out its value (a value once worked out replaces the thunk); `bound` when
   * the name is bound whatever the value is (a plain parameter, not a name in a pattern).
   */
  private readonly own = new Map<ts.Symbol, { value?: Value; compute?: () => Value | undefined; bound: boolean }>();

  constructor(
    private readonly outer: Bindings | undefined,
    private readonly run: AnalysisRun,
  ) {}

  static of(ctx: CallContext, run: AnalysisRun, evaluate: Evaluate): ParameterBindings {
    const cached = run.parameterValues.get(ctx);
    if (cached) return cached;
    const bindings = new ParameterBindings(ctx.lexicalParent ? ParameterBindings.of(ctx.lexicalParent, run, evaluate) : undefined, run);
    run.parameterValues.set(ctx, bindings);
    if (!ctx.lexicalParent && ctx.thisValue?.kind === 'instance' && ctx.thisValue.construction) {
      const site = ctx.thisValue.construction.site;
      for (const [param, arg] of constructorArguments(ctx.thisValue, run)) {
        bindings.bind(param.name, () => (arg ? evaluate(arg) : undefinedAt(site, `${param.name.getText()} is not passed`)));
      }
    }
    for (const [param, arg] of ctx.params) bindings.bind(param.name, () => evaluate(arg));
    return bindings;
  }

  get(symbol: ts.Symbol): Value | undefined {
    const entry = this.own.get(symbol);
    if (!entry) return this.outer?.get(symbol);
    if (entry.compute) {
      entry.value = entry.compute();
      entry.compute = undefined;
    }
    return entry.value;
  }

  has(symbol: ts.Symbol): boolean {
    const entry = this.own.get(symbol);
    if (!entry) return this.outer?.has(symbol) ?? false;
    // A name of a destructuring pattern is bound only when its part of the argument exists.
    return entry.bound || this.get(symbol) !== undefined;
  }

  /** Binds every name of a parameter's pattern to its part of the (lazily worked out) argument. */
  private bind(name: ts.BindingName, argument: () => Value | undefined, inPattern = false): void {
    if (ts.isIdentifier(name)) {
      const symbol = this.run.checker.getSymbolAtLocation(name);
      if (symbol) this.own.set(symbol, { compute: argument, bound: !inPattern });
      return;
    }
    if (!ts.isObjectBindingPattern(name)) return;
    let whole: { value: Value | undefined } | undefined;
    const wholeValue = () => (whole ??= { value: argument() }).value;
    for (const element of name.elements) {
      const key = element.propertyName ?? element.name;
      if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) continue;
      this.bind(element.name, () => propertyValue(wholeValue(), key.text), true);
    }
  }
}

function propertyValue(value: Value | undefined, key: string): Value | undefined {
  return value !== undefined && isObjectValue(value) ? value[key] : undefined;
}
