import { describe, expect, it } from 'vitest';
import { RowWindows } from '../../src/table/rowWindows';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('RowWindows', () => {
  it('fetches each page once and serves rows by absolute index', async () => {
    const calls: [number, number][] = [];
    let loads = 0;
    const windows = new RowWindows(
      async (offset, limit) => {
        calls.push([offset, limit]);
        return Array.from({ length: limit }, (_, i) => ({ n: offset + i }));
      },
      () => loads++,
      100,
    );
    windows.ensure(150, 260);
    windows.ensure(180, 200);
    await flush();
    expect(calls).toEqual([
      [100, 100],
      [200, 100],
    ]);
    expect(loads).toBe(2);
    expect(windows.row(150)).toEqual({ n: 150 });
    expect(windows.row(299)).toEqual({ n: 299 });
    expect(windows.row(99)).toBeUndefined();
  });

  it('drops the pages farthest from the visible range beyond its limit', async () => {
    const windows = new RowWindows(async (offset, limit) => Array.from({ length: limit }, (_, i) => ({ n: offset + i })), () => {}, 10, 3);
    for (let first = 0; first < 100; first += 10) {
      windows.ensure(first, first + 9);
      await flush();
    }
    expect(windows.loadedPages).toBe(3);
    expect(windows.row(95)).toEqual({ n: 95 });
    expect(windows.row(5)).toBeUndefined();
  });

  it('ignores answers that arrive after it was disposed', async () => {
    let loads = 0;
    const windows = new RowWindows(async () => [{ n: 0 }], () => loads++, 10);
    windows.ensure(0, 5);
    windows.dispose();
    await flush();
    expect(loads).toBe(0);
    expect(windows.row(0)).toBeUndefined();
  });
});
