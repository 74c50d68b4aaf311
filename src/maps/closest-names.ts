/** The candidates nearest to `name` by edit distance (case-insensitive), best first. */
export function closestNames(name: string, candidates: Iterable<string>, max = 3): string[] {
  const wanted = name.toLowerCase();
  const scored: Array<[number, string]> = [];
  for (const candidate of candidates) {
    const distance = editDistance(wanted, candidate.toLowerCase());
    // A name that contains the other is a likelier match than its raw distance says.
    const bonus = candidate.toLowerCase().includes(wanted) || wanted.includes(candidate.toLowerCase()) ? 2 : 0;
    scored.push([distance - bonus, candidate]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
  const limit = Math.max(3, Math.ceil(wanted.length / 2));
  return scored.filter(([score]) => score <= limit).slice(0, max).map(([, candidate]) => candidate);
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
