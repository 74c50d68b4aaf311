/** The candidates nearest to `name` by edit distance (case-insensitive), best first. */
export function closestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const wanted = name.toLowerCase();
  const scored: Array<[number, string]> = [];
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const distance = editDistance(wanted, lower);
    // A name that contains the other, or shares its start, is a likelier match than its raw distance
    // says ("dynamodb" for "dynamodb-stream"); short names are contained everywhere, so they get none.
    const contains = (a: string, b: string) => b.length >= 4 && a.includes(b);
    const bonus = contains(lower, wanted) || contains(wanted, lower) || commonPrefixLength(wanted, lower) >= 4 ? 2 : 0;
    scored.push([distance - bonus, candidate]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  const limit = Math.max(3, Math.ceil(wanted.length / 2));
  return scored.filter(([score]) => score <= limit).slice(0, max).map(([, candidate]) => candidate);
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}
