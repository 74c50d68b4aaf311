// Can two IAM patterns name the same thing? `*` is any run of characters, `?` exactly one.
//
// Used where a wrong "no" would hide a problem: a Deny or a NotResource that touches a needed
// resource, a needed pair that uses a grant. So the answer errs towards "yes": the rule that a `*`
// inside an ARN segment does not cross a `:` (see src/policy/arn-pattern-covers.ts) is ignored here,
// which can only make two patterns overlap more often.

type Token = { kind: 'char'; char: string } | { kind: 'one' } | { kind: 'any' };

function tokenize(pattern: string): Token[] {
  return [...pattern].map((char): Token => (char === '*' ? { kind: 'any' } : char === '?' ? { kind: 'one' } : { kind: 'char', char }));
}

/** True when some string matches both patterns. `ignoreCase` for actions, which IAM compares case-insensitively. */
export function patternsOverlap(a: string, b: string, ignoreCase = false): boolean {
  const left = tokenize(ignoreCase ? a.toLowerCase() : a);
  const right = tokenize(ignoreCase ? b.toLowerCase() : b);
  const width = right.length + 1;
  // memo[i * width + j]: do left[i..] and right[j..] share a string? 0 = unknown, 1 = yes, 2 = no.
  const memo = new Uint8Array((left.length + 1) * width);
  const overlap = (i: number, j: number): boolean => {
    const cached = memo[i * width + j];
    if (cached) return cached === 1;
    const l = left[i];
    const r = right[j];
    let result: boolean;
    if (l === undefined || r === undefined) {
      // What is left on one side must be able to match the empty string: stars only.
      const rest = l === undefined ? right.slice(j) : left.slice(i);
      result = rest.every((token) => token.kind === 'any');
    } else if (l.kind === 'any') result = overlap(i + 1, j) || overlap(i, j + 1);
    else if (r.kind === 'any') result = overlap(i, j + 1) || overlap(i + 1, j);
    else if (l.kind === 'char' && r.kind === 'char') result = l.char === r.char && overlap(i + 1, j + 1);
    else result = overlap(i + 1, j + 1);
    memo[i * width + j] = result ? 1 : 2;
    return result;
  };
  return overlap(0, 0);
}

/** Does the literal `value` match the glob `pattern` (`*`, `?`)? For `StringLike` and `ArnLike` conditions. */
export function globMatches(pattern: string, value: string, ignoreCase = false): boolean {
  const source = [...pattern].map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(value);
}
