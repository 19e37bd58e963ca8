import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadKeepingBuiltins } from '../../src/read/keptBuiltins';
import { readPdf } from '../../src/read/pdf';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));

describe('loadKeepingBuiltins', () => {
  it('puts back a built-in the load replaced and keeps what it added', async () => {
    const push = Array.prototype.push;
    const added = await loadKeepingBuiltins(async () => {
      Object.defineProperty(Array.prototype, 'push', { value: function push() { return -1; }, writable: true, configurable: true });
      Object.defineProperty(Map.prototype, 'evallensTestAddition', { value: () => 'added', writable: true, configurable: true });
      return 'loaded';
    });
    expect(added).toBe('loaded');
    expect(Array.prototype.push).toBe(push);
    expect([1].push(2)).toBe(2);
    expect((Map.prototype as unknown as { evallensTestAddition: () => string }).evallensTestAddition()).toBe('added');
    delete (Map.prototype as unknown as { evallensTestAddition?: unknown }).evallensTestAddition;
  });

  it('leaves the engine its own push, JSON.stringify and JSON.parse after pdf.js is loaded to read a PDF', async () => {
    const own = { push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse };
    const read = await readPdf(fixture('form.pdf'));
    expect(read.ok).toBe(true);
    // pdf.js's legacy build bundles core-js, which replaced these three on V8 for the whole thread.
    expect({ push: Array.prototype.push, stringify: JSON.stringify, parse: JSON.parse }).toEqual(own);
    expect(Array.prototype.push).toBe(own.push);
    expect(JSON.stringify).toBe(own.stringify);
    expect(JSON.parse).toBe(own.parse);
  });
});
