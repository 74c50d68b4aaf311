// Does one IAM pattern match everything another pattern (or plain value) matches?
//
// IAM matching, per https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
// ("Using wildcards in resource ARNs"): `*` is any run of characters, `?` exactly one; resources are
// case-sensitive and actions are not. A `*` crosses a `:` only when it is the last character of its
// ARN segment, so `arn:aws:s3:::*` and `arn:aws:lambda:*:1:function:f` span colons but the `*` in
// `table/a*b` does not. For actions every `*` spans (action names hold no colons after the prefix).
//
// The answer is used to drop a resource as redundant, so it must never be wrong when it says yes:
// the check is sound but not complete (a rare pair like `*?` vs `?*` is reported as not covered,
// which only leaves a redundant resource in the policy).

type Token = { kind: 'char'; char: string } | { kind: 'one' } | { kind: 'any'; spansColon: boolean };

function tokenize(pattern: string, starsAlwaysSpan: boolean): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '*') {
      const next = pattern[index + 1];
      tokens.push({ kind: 'any', spansColon: starsAlwaysSpan || next === undefined || next === ':' });
    } else if (char === '?') tokens.push({ kind: 'one' });
    else tokens.push({ kind: 'char', char });
  }
  return tokens;
}

/** Can the wildcard `star` stand for whatever the single token `token` matches? */
function starAbsorbs(star: { spansColon: boolean }, token: Token): boolean {
  if (star.spansColon) return true;
  if (token.kind === 'char') return token.char !== ':';
  if (token.kind === 'any') return !token.spansColon;
  return false; // `?` may be a colon
}

function tokensCover(outer: Token[], inner: Token[]): boolean {
  // memo[i * width + j]: does outer[i..] cover inner[j..]? 0 = unknown, 1 = yes, 2 = no.
  const width = inner.length + 1;
  const memo = new Uint8Array((outer.length + 1) * width);
  const covers = (i: number, j: number): boolean => {
    const cached = memo[i * width + j];
    if (cached) return cached === 1;
    let result: boolean;
    const out = outer[i];
    const inn = inner[j];
    if (out === undefined) result = inn === undefined;
    else if (out.kind === 'any') {
      // The star matches nothing more, or swallows one more inner token.
      result = covers(i + 1, j) || (inn !== undefined && starAbsorbs(out, inn) && covers(i, j + 1));
    } else if (inn === undefined || inn.kind === 'any') result = false;
    else if (out.kind === 'one') result = covers(i + 1, j + 1);
    else result = inn.kind === 'char' && inn.char === out.char && covers(i + 1, j + 1);
    memo[i * width + j] = result ? 1 : 2;
    return result;
  };
  return covers(0, 0);
}

/** True when every resource `inner` can name is also named by the resource pattern `outer` (case-sensitive). */
export function resourcePatternCovers(outer: string, inner: string): boolean {
  if (outer === inner || outer === '*') return true;
  if (!/[*?]/.test(outer)) return false;
  return tokensCover(tokenize(outer, false), tokenize(inner, false));
}

/** True when every action `inner` can name is also named by the action pattern `outer` (case-insensitive). */
export function actionPatternCovers(outer: string, inner: string): boolean {
  const a = outer.toLowerCase();
  const b = inner.toLowerCase();
  if (a === b || a === '*') return true;
  return tokensCover(tokenize(a, true), tokenize(b, true));
}
