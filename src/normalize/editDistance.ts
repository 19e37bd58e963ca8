/** Levenshtein distance between two strings, by UTF-16 code unit (every CJK character of these documents is one unit). */
export function editDistance(a: string, b: string): number {
  return distancesToPrefixes(a, b)[b.length] as number;
}

/** Edit distance from `a` to every prefix of `b`: element j is the distance to `b.slice(0, j)`. */
export function distancesToPrefixes(a: string, b: string): number[] {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous;
}

/** Length of the longest common subsequence of `a` and every prefix of `b`: element j is for `b.slice(0, j)`. */
export function commonSubsequenceToPrefixes(a: string, b: string): number[] {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) {
      current.push(a[i - 1] === b[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, current[j - 1] as number));
    }
    previous = current;
  }
  return previous;
}
