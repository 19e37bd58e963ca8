/**
 * A chart's plotted items as text ("name: value"), for the list screen readers get beside the canvas (and the e2e tests
 * read): how many there are, and the text of each, made only when asked for — a chart of 5,000 points lists its first
 * few hundred, and formatting every point's text on each render for nothing cost ~4 ms a filter change.
 */
export interface ChartItems {
  readonly count: number;
  text(i: number): string;
}

export const chartItems = (count: number, text: (i: number) => string): ChartItems => ({ count, text });

/** The first `limit` items' texts (all of them without a limit). */
export const itemTexts = (items: ChartItems, limit = items.count): string[] => Array.from({ length: Math.min(items.count, limit) }, (_, i) => items.text(i));
