import type { DataRow } from './rowSource';

/**
 * A cache of fixed-size pages of rows, fetched on demand (LIMIT/OFFSET) as the
 * virtualized list scrolls. Pages far from the visible range are dropped so
 * memory stays bounded whatever the row count.
 */
export class RowWindows {
  private readonly pages = new Map<number, DataRow[]>();
  private readonly pending = new Set<number>();
  private disposed = false;

  constructor(
    private readonly fetchWindow: (offset: number, limit: number) => Promise<DataRow[]>,
    private readonly onLoad: () => void,
    readonly pageSize = 200,
    private readonly maxPages = 40,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  row(index: number): DataRow | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Makes sure rows first..last are loaded or loading. */
  ensure(first: number, last: number): void {
    const from = Math.floor(Math.max(0, first) / this.pageSize);
    const to = Math.floor(Math.max(0, last) / this.pageSize);
    for (let page = from; page <= to; page++) {
      if (this.pages.has(page) || this.pending.has(page)) continue;
      this.pending.add(page);
      this.fetchWindow(page * this.pageSize, this.pageSize).then(
        (rows) => {
          this.pending.delete(page);
          if (this.disposed) return;
          this.pages.set(page, rows);
          this.evict(from, to);
          this.onLoad();
        },
        (error: unknown) => {
          this.pending.delete(page);
          if (!this.disposed) this.onError(error);
        },
      );
    }
  }

  /** Stops delivering results (the query changed). */
  dispose(): void {
    this.disposed = true;
  }

  get loadedPages(): number {
    return this.pages.size;
  }

  private evict(from: number, to: number): void {
    if (this.pages.size <= this.maxPages) return;
    const byDistance = [...this.pages.keys()].sort(
      (a, b) => distance(b, from, to) - distance(a, from, to),
    );
    for (const page of byDistance.slice(0, this.pages.size - this.maxPages)) this.pages.delete(page);
  }
}

function distance(page: number, from: number, to: number): number {
  return page < from ? from - page : page > to ? page - to : 0;
}
