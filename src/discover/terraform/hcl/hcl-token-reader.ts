import { HclSyntaxError } from './hcl-ast.js';
import type { Token } from './hcl-lexer.js';

/** Reading a token list one token at a time, with errors that name the line at fault. */
export class TokenReader {
  protected position = 0;
  constructor(protected readonly tokens: Token[]) {}

  skipNewlines(): void {
    while (this.peek().kind === 'newline') this.position++;
  }

  protected isSymbol(text: string): boolean {
    const token = this.peek();
    return token.kind === 'symbol' && token.text === text;
  }

  protected expectSymbol(text: string): void {
    const token = this.next();
    if (token.kind !== 'symbol' || token.text !== text) throw this.unexpected(token, `"${text}"`);
  }

  protected peek(): Token {
    return this.tokens[this.position] ?? this.tokens[this.tokens.length - 1]!;
  }

  protected next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.position++;
    return token;
  }

  protected unexpected(token: Token, wanted: string): HclSyntaxError {
    const found = token.kind === 'symbol' || token.kind === 'identifier' ? `"${token.text}"` : token.kind === 'end' ? 'the end' : `a ${token.kind}`;
    return new HclSyntaxError(`expected ${wanted}, found ${found}`, token.line);
  }
}
