import { Project, ts } from 'ts-morph';
import type { SourceLocation, Value } from '../../src/model.js';
import { evaluateExpression } from '../../src/resolve/evaluate-expression.js';

export interface ProbeCase {
  name: string;
  /** File path -> source. The expression to evaluate is the argument of `probe(...)` in ENTRY. */
  files: Record<string, string>;
  env?: Record<string, string>;
  withLib?: boolean;
  expected: Value;
}

export const ENTRY = '/src/index.ts';

/** Builds an in-memory project and evaluates the argument of the `probe(...)` call in the entry. */
export function evaluateProbe(files: Record<string, string>, options: ProbeOptions = {}): Value {
  const [value, ...others] = evaluateProbes(files, options);
  if (others.length > 0) throw new Error('more than one probe(...) call in the entry file');
  return value as Value;
}

/** Every `probe(...)` in the entry, in source order, evaluated against one shared project. */
export function evaluateProbes(files: Record<string, string>, options: ProbeOptions = {}): Value[] {
  const { env = {}, parameters, withLib = false } = options;
  // Without the standard library a project builds ~40x faster; cases about globals turn it on.
  const project = new Project({
    useInMemoryFileSystem: true,
    compilerOptions: { allowJs: true, strict: true, noLib: !withLib, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
  });
  project.createSourceFile('/probe.d.ts', 'declare function probe(value: unknown): void;');
  for (const [path, text] of Object.entries(files)) project.createSourceFile(path, text);
  const checker = project.getTypeChecker().compilerObject;
  const envMap = new Map(Object.entries(env));
  return findProbes(project.getSourceFileOrThrow(ENTRY).compilerNode).map((argument) =>
    evaluateExpression(argument, { checker, env: envMap, parameters: parameters?.({ checker, argument }) }),
  );
}

export interface ProbeOptions {
  env?: Record<string, string>;
  /** Values for `scope.parameters`, given the checker and the probed expression. */
  parameters?: (probe: ProbeContext) => ReadonlyMap<ts.Symbol, Value>;
  withLib?: boolean;
}

export interface ProbeContext {
  checker: ts.TypeChecker;
  argument: ts.Expression;
}

/** An unknown's location in the entry file (or another). */
export function at(line: number, column: number, file = ENTRY): SourceLocation {
  return { file, line, column };
}

function findProbes(sourceFile: ts.SourceFile): ts.Expression[] {
  const found: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    const argument = ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'probe' ? node.arguments[0] : undefined;
    if (argument) found.push(argument);
    else ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (found.length === 0) throw new Error('no probe(...) call in the entry file');
  return found;
}
