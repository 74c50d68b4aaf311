import { HclSyntaxError } from './hcl-ast.js';

/** A template's text and the source of each `${...}` in it, with the line it starts on. */
export type TemplatePart = string | { source: string; line: number; directive?: true };

export type Token =
  | { kind: 'newline'; line: number }
  | { kind: 'identifier'; text: string; line: number }
  | { kind: 'number'; value: number; line: number }
  | { kind: 'string'; parts: TemplatePart[]; line: number }
  | { kind: 'symbol'; text: string; line: number }
  | { kind: 'end'; line: number };

const symbols = ['==', '!=', '<=', '>=', '&&', '||', '=>', '...', '{', '}', '[', ']', '(', ')', '=', ',', '.', ':', '?', '!', '+', '-', '*', '/', '%', '<', '>'];
const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };

/** Splits HCL source into tokens; `firstLine` numbers the lines of an interpolation's source. */
export function tokenize(source: string, firstLine = 1): Token[] {
  const tokens: Token[] = [];
  let line = firstLine;
  let index = 0;
  while (index < source.length) {
    const char = source[index]!;
    const rest = source.slice(index);
    if (char === '\n') {
      tokens.push({ kind: 'newline', line });
      line++;
      index++;
    } else if (char === ' ' || char === '\t' || char === '\r') index++;
    else if (char === '#' || rest.startsWith('//')) index = endOfLine(source, index);
    else if (rest.startsWith('/*')) {
      const close = source.indexOf('*/', index + 2);
      if (close < 0) throw new HclSyntaxError('unterminated comment', line);
      line += countLines(source.slice(index, close));
      index = close + 2;
    } else if (rest.startsWith('<<')) {
      const heredoc = /^<<(-?)([A-Za-z_][\w-]*)\r?\n/.exec(rest);
      if (!heredoc) throw new HclSyntaxError('a heredoc needs an identifier after <<', line);
      const bodyStart = index + heredoc[0].length;
      const closing = new RegExp(`^[ \\t]*${heredoc[2]}[ \\t]*$`, 'm');
      const match = closing.exec(source.slice(bodyStart));
      if (!match) throw new HclSyntaxError(`heredoc ${heredoc[2]} is not closed`, line);
      const body = source.slice(bodyStart, bodyStart + match.index);
      tokens.push({ kind: 'string', parts: templateParts(heredoc[1] ? dedent(body) : body, line + 1, false), line });
      line += 1 + countLines(body);
      index = bodyStart + match.index + match[0].length;
    } else if (char === '"') {
      const end = endOfQuoted(source, index, line);
      tokens.push({ kind: 'string', parts: templateParts(source.slice(index + 1, end), line, true), line });
      index = end + 1;
    } else if (/[0-9]/.test(char)) {
      const number = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest)![0];
      tokens.push({ kind: 'number', value: Number(number), line });
      index += number.length;
    } else if (/[A-Za-z_]/.test(char)) {
      const identifier = /^[A-Za-z_][\w-]*/.exec(rest)![0];
      tokens.push({ kind: 'identifier', text: identifier, line });
      index += identifier.length;
    } else {
      const symbol = symbols.find((candidate) => rest.startsWith(candidate));
      if (!symbol) throw new HclSyntaxError(`unexpected character "${char}"`, line);
      tokens.push({ kind: 'symbol', text: symbol, line });
      index += symbol.length;
    }
  }
  tokens.push({ kind: 'end', line });
  return tokens;
}

/** Text and `${...}` sources of a template; quoted strings also unescape `\n`, `\"`, ... */
function templateParts(text: string, firstLine: number, quoted: boolean): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  let line = firstLine;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if ((char === '$' || char === '%') && text[index + 1] === char && text[index + 2] === '{') {
      literal += `${char}{`;
      index += 2;
    } else if ((char === '$' || char === '%') && text[index + 1] === '{') {
      const close = closingBrace(text, index + 2, line);
      if (literal) parts.push(literal);
      literal = '';
      const inner = text.slice(index + 2, close).replace(/^~/, '').replace(/~$/, '');
      parts.push(char === '%' ? { source: inner, line, directive: true } : { source: inner, line });
      line += countLines(text.slice(index, close));
      index = close;
    } else if (quoted && char === '\\' && index + 1 < text.length) {
      const next = text[++index]!;
      if (next === 'u') {
        literal += String.fromCharCode(parseInt(text.slice(index + 1, index + 5), 16));
        index += 4;
      } else literal += escapes[next] ?? next;
    } else {
      if (char === '\n') line++;
      literal += char;
    }
  }
  if (literal || parts.length === 0) parts.push(literal);
  return parts;
}

/** The index of the `}` that closes a `${` whose content starts at `from`, skipping nested braces and strings. */
function closingBrace(text: string, from: number, line: number): number {
  let depth = 0;
  for (let index = from; index < text.length; index++) {
    const char = text[index];
    if (char === '"') index = endOfQuoted(text, index, line);
    else if (char === '{') depth++;
    else if (char === '}') {
      if (depth === 0) return index;
      depth--;
    }
  }
  throw new HclSyntaxError('an interpolation ${ is not closed', line);
}

/** The index of the closing quote of the string that opens at `start`; interpolations may hold strings. */
function endOfQuoted(source: string, start: number, line: number): number {
  for (let index = start + 1; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (char === '"') return index;
    else if (char === '\n') break;
    else if ((char === '$' || char === '%') && source[index + 1] === '{' && source[index - 1] !== char) index = closingBrace(source, index + 2, line);
  }
  throw new HclSyntaxError('a string is not closed on its line', line);
}

function endOfLine(source: string, index: number): number {
  const newline = source.indexOf('\n', index);
  return newline < 0 ? source.length : newline;
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

/** `<<-EOF` strips the indentation common to all lines. */
function dedent(body: string): string {
  const lines = body.split('\n');
  const indents = lines.filter((text) => text.trim()).map((text) => /^[ \t]*/.exec(text)![0].length);
  const common = Math.min(...indents, Infinity);
  return lines.map((text) => text.slice(Number.isFinite(common) ? common : 0)).join('\n');
}
