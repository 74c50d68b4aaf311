// Orderings used wherever output must be byte-for-byte stable. `localeCompare` depends on the ICU
// data of the Node build, so everything here compares UTF-16 code units.

/** Code-unit order: the same on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** IAM action names are case-insensitive; ties (`s3:getobject` vs `s3:GetObject`) fall back to code units. */
export function compareActions(a: string, b: string): number {
  return compareText(a.toLowerCase(), b.toLowerCase()) || compareText(a, b);
}

/** Compares two string lists element by element, then by length. */
export function compareLists(a: readonly string[], b: readonly string[]): number {
  const shared = Math.min(a.length, b.length);
  for (let index = 0; index < shared; index++) {
    const order = compareText(a[index]!, b[index]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

/** The distinct values of `values`, sorted with `compare`. */
export function sortedUnique(values: Iterable<string>, compare: (a: string, b: string) => number = compareText): string[] {
  return [...new Set(values)].sort(compare);
}
