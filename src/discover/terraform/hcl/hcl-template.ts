import type { HclExpression } from './hcl-ast.js';
import type { TemplatePart } from './hcl-lexer.js';

/**
 * A quoted string or heredoc: a literal when it holds no `${...}`, otherwise a template whose
 * interpolations are parsed by `parseExpression`. Directives (`%{ if }`, `%{ for }`) are kept as
 * parts iamgen does not evaluate.
 */
export function templateExpression(parts: TemplatePart[], line: number, parseExpression: (source: string, line: number) => HclExpression): HclExpression {
  if (parts.length === 1 && typeof parts[0] === 'string') return { kind: 'literal', value: parts[0], line };
  return {
    kind: 'template',
    parts: parts.map((part): string | HclExpression => {
      if (typeof part === 'string') return part;
      if (part.directive) return { kind: 'unsupported', what: `%{${part.source}}`, line: part.line };
      return parseExpression(part.source, part.line);
    }),
    line,
  };
}
