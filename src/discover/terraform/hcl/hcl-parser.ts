import { HclSyntaxError, type HclBody, type HclExpression, type TraversalStep } from './hcl-ast.js';
import { tokenize } from './hcl-lexer.js';
import { TokenReader } from './hcl-token-reader.js';
import { templateExpression } from './hcl-template.js';

/** Parses a `.tf` or `.tfvars` file; throws `HclSyntaxError` with the line at fault. */
export function parseHcl(source: string): HclBody {
  const parser = new Parser(tokenize(source));
  const body = parser.body();
  parser.expectEnd();
  return body;
}

/** The expression inside a template's `${...}`. */
function parseInterpolation(source: string, line: number): HclExpression {
  const parser = new Parser(tokenize(source, line));
  parser.skipNewlines();
  const expression = parser.expression();
  parser.expectEnd();
  return expression;
}

const binaryOperators = ['||', '&&', '==', '!=', '<', '>', '<=', '>=', '+', '-', '*', '/', '%'];

class Parser extends TokenReader {
  body(closing?: string): HclBody {
    const body: HclBody = { attributes: [], blocks: [] };
    for (;;) {
      this.skipNewlines();
      const token = this.peek();
      if (token.kind === 'end' || (token.kind === 'symbol' && token.text === closing)) return body;
      if (token.kind !== 'identifier') throw this.unexpected(token, 'an attribute or block name');
      this.position++;
      if (this.isSymbol('=')) {
        this.position++;
        body.attributes.push({ name: token.text, value: this.expression(), line: token.line });
        this.expectEndOfItem(closing);
        continue;
      }
      const labels: string[] = [];
      for (let label = this.peek(); label.kind === 'identifier' || label.kind === 'string'; label = this.peek()) {
        labels.push(label.kind === 'identifier' ? label.text : label.parts.filter((part) => typeof part === 'string').join(''));
        this.position++;
      }
      this.expectSymbol('{');
      const inner = this.body('}');
      this.expectSymbol('}');
      body.blocks.push({ type: token.text, labels, body: inner, line: token.line });
      this.expectEndOfItem(closing);
    }
  }

  expectEnd(): void {
    this.skipNewlines();
    if (this.peek().kind !== 'end') throw this.unexpected(this.peek(), 'the end of the file');
  }

  expression(): HclExpression {
    const condition = this.binary();
    if (!this.isSymbol('?')) return condition;
    this.position++;
    const whenTrue = this.expression();
    this.expectSymbol(':');
    return { kind: 'conditional', condition, whenTrue, whenFalse: this.expression(), line: condition.line };
  }

  private binary(): HclExpression {
    const first = this.unary();
    const operands = [first];
    let operator: string | undefined;
    for (let next = this.peek(); next.kind === 'symbol' && binaryOperators.includes(next.text); next = this.peek()) {
      operator = operator === undefined || operator === next.text ? next.text : 'mixed';
      this.position++;
      operands.push(this.unary());
    }
    return operator ? { kind: 'operation', operator, operands, line: first.line } : first;
  }

  private unary(): HclExpression {
    const token = this.peek();
    if (token.kind === 'symbol' && (token.text === '!' || token.text === '-')) {
      this.position++;
      return { kind: 'operation', operator: token.text, operands: [this.unary()], line: token.line };
    }
    return this.postfix(this.primary());
  }

  private postfix(target: HclExpression): HclExpression {
    const steps: TraversalStep[] = [];
    for (;;) {
      if (this.isSymbol('.')) {
        this.position++;
        const step = this.next();
        if (step.kind === 'identifier') steps.push({ kind: 'attribute', name: step.text });
        else if (step.kind === 'number') steps.push({ kind: 'index', key: { kind: 'literal', value: step.value, line: step.line } });
        else if (step.kind === 'symbol' && step.text === '*') steps.push({ kind: 'splat' });
        else throw this.unexpected(step, 'an attribute name after "."');
      } else if (this.isSymbol('[')) {
        this.position++;
        this.skipNewlines();
        if (this.isSymbol('*')) {
          this.position++;
          steps.push({ kind: 'splat' });
        } else steps.push({ kind: 'index', key: this.expression() });
        this.skipNewlines();
        this.expectSymbol(']');
      } else break;
    }
    if (steps.length === 0) return target;
    if (target.kind === 'traversal') return { ...target, steps: [...target.steps, ...steps] };
    return { kind: 'index', target, steps, line: target.line };
  }

  private primary(): HclExpression {
    const token = this.next();
    const line = token.line;
    switch (token.kind) {
      case 'number':
        return { kind: 'literal', value: token.value, line };
      case 'string':
        return templateExpression(token.parts, line, parseInterpolation);
      case 'identifier':
        if (token.text === 'true' || token.text === 'false') return { kind: 'literal', value: token.text === 'true', line };
        if (token.text === 'null') return { kind: 'literal', value: null, line };
        if (this.isSymbol('(')) return { kind: 'call', name: token.text, args: this.list('(', ')', () => this.expression()), line };
        return { kind: 'traversal', root: token.text, steps: [], line };
      case 'symbol':
        if (token.text === '(') {
          this.skipNewlines();
          const inner = this.expression();
          this.skipNewlines();
          this.expectSymbol(')');
          return inner;
        }
        if (token.text === '[' || token.text === '{') {
          this.position--;
          if (this.isForExpression()) return this.skipForExpression(token.text, line);
          if (token.text === '[') return { kind: 'tuple', items: this.list('[', ']', () => this.expression()), line };
          return { kind: 'object', entries: this.list('{', '}', () => this.objectEntry()), line };
        }
    }
    throw this.unexpected(token, 'an expression');
  }

  private objectEntry(): { key: HclExpression; value: HclExpression } {
    const keyToken = this.peek();
    const key: HclExpression = keyToken.kind === 'identifier' ? (this.position++, { kind: 'literal', value: keyToken.text, line: keyToken.line }) : this.expression();
    const separator = this.next();
    if (separator.kind !== 'symbol' || (separator.text !== '=' && separator.text !== ':')) throw this.unexpected(separator, '"=" or ":" after an object key');
    return { key, value: this.expression() };
  }

  /** Items between `open` and `close`, separated by commas or newlines. */
  private list<T>(open: string, close: string, item: () => T): T[] {
    this.expectSymbol(open);
    const items: T[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.isSymbol(close)) break;
      items.push(item());
      this.skipNewlines();
      if (this.isSymbol(',') || this.isSymbol('...')) this.position++;
      else if (!this.isSymbol(close) && this.tokens[this.position - 1]?.kind !== 'newline') throw this.unexpected(this.peek(), `"," or "${close}"`);
    }
    this.expectSymbol(close);
    return items;
  }

  private isForExpression(): boolean {
    const after = this.tokens.slice(this.position + 1).find((token) => token.kind !== 'newline');
    return after?.kind === 'identifier' && after.text === 'for';
  }

  private skipForExpression(open: string, line: number): HclExpression {
    const close = open === '[' ? ']' : '}';
    let depth = 0;
    for (let token = this.next(); token.kind !== 'end'; token = this.next()) {
      if (token.kind === 'symbol' && ['[', '{', '('].includes(token.text)) depth++;
      if (token.kind === 'symbol' && [']', '}', ')'].includes(token.text) && --depth === 0 && token.text === close) return { kind: 'unsupported', what: 'a for expression', line };
    }
    throw new HclSyntaxError(`"${open}" is not closed`, line);
  }

  private expectEndOfItem(closing: string | undefined): void {
    const token = this.peek();
    if (token.kind === 'newline' || token.kind === 'end' || (token.kind === 'symbol' && token.text === closing)) return;
    throw this.unexpected(token, 'a new line');
  }
}
