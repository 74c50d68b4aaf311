// The syntax of Serverless Framework variables: `${source:address, fallback}`, nested
// (`${self:custom.${sls:stage}}`) and with fallbacks that are literals or other variables.

/** One `${...}` that holds no other `${...}`, at [start, end) of the text. */
export interface VariableMatch {
  start: number;
  end: number;
  /** The text between `${` and `}`. */
  body: string;
}

/** A part of a variable: the address or one of its fallbacks. */
export type VariableTerm =
  | { kind: 'source'; source: string; address: string; text: string }
  | { kind: 'literal'; value: string | number | boolean | null };

// `AWS::Region` and `Table.Arn` inside `Fn::Sub` strings are CloudFormation's, not variables.
const sourcePattern = /^\s*([A-Za-z][\w-]*(?:\([^)]*\))?):(?!:)([\s\S]*)$/;

/** The first innermost Serverless variable in `text` at or after `from`, if any. */
export function innermostVariable(text: string, from = 0): VariableMatch | undefined {
  let start = text.indexOf('${', from);
  while (start >= 0) {
    const close = text.indexOf('}', start + 2);
    if (close < 0) return undefined;
    const nested = text.indexOf('${', start + 2);
    if (nested >= 0 && nested < close) {
      start = nested;
      continue;
    }
    const body = text.slice(start + 2, close);
    if (sourcePattern.test(splitTerms(body)[0] ?? '')) return { start, end: close + 1, body };
    start = text.indexOf('${', close + 1);
  }
  return undefined;
}

/** The address and the fallbacks of a variable body, in the order Serverless tries them. */
export function parseVariableBody(body: string): VariableTerm[] {
  return splitTerms(body).map(parseTerm);
}

function parseTerm(raw: string): VariableTerm {
  const text = raw.trim();
  const quoted = /^(['"])([\s\S]*)\1$/.exec(text);
  if (quoted) return { kind: 'literal', value: quoted[2] ?? '' };
  const source = sourcePattern.exec(text);
  if (source) return { kind: 'source', source: source[1]!, address: source[2]!.trim(), text };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: 'literal', value: Number(text) };
  if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true' };
  if (text === 'null') return { kind: 'literal', value: null };
  return { kind: 'literal', value: text };
}

/** Splits at top-level commas, leaving commas inside quotes or parentheses (`file(a,b)`) alone. */
function splitTerms(body: string): string[] {
  const terms: string[] = [];
  let quote: string | undefined;
  let parens = 0;
  let current = '';
  for (const char of body) {
    if (quote) {
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') parens++;
    else if (char === ')') parens--;
    else if (char === ',' && parens === 0) {
      terms.push(current);
      current = '';
      continue;
    }
    current += char;
  }
  terms.push(current);
  return terms;
}
