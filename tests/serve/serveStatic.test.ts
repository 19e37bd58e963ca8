import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/serve/serveStatic';

describe('serveStatic', () => {
  let server: StaticServer;
  let root: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'evallens-static-'));
    mkdirSync(join(root, 'assets'));
    mkdirSync(join(root, 'data/parquet'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>绩效透视</title>');
    writeFileSync(join(root, 'assets/duckdb-eh.wasm'), new Uint8Array([0, 97, 115, 109]));
    writeFileSync(join(root, 'data/parquet/evaluations.parquet'), 'PAR1');
    writeFileSync(join(tmpdir(), 'evallens-secret.txt'), 'outside the root');
    server = await serveStatic({ root, basePath: '/evallens/' });
  });
  afterAll(() => server.close());

  const get = (path: string, method = 'GET') => fetch(new URL(path, server.url), { method, redirect: 'manual' });

  it('serves the app under its sub-path with index.html and no special headers', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/evallens\/$/);
    const res = await get(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('绩效透视');
    expect(res.headers.get('cross-origin-embedder-policy')).toBeNull();
  });

  it('gives wasm and parquet their MIME types', async () => {
    const wasm = await get('assets/duckdb-eh.wasm');
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]));
    const parquet = await get('data/parquet/evaluations.parquet', 'HEAD');
    expect(parquet.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    expect(parquet.headers.get('content-length')).toBe('4');
  });

  it('sends validators and answers a request for an unchanged file with 304, a changed one with the new file', async () => {
    const first = await get('data/parquet/evaluations.parquet');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    expect(first.headers.get('last-modified')).toMatch(/GMT$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await fetch(new URL('data/parquet/evaluations.parquet', server.url), { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // A new ingest writes the file again: its validator changes and the file is sent.
    writeFileSync(join(root, 'data/parquet/evaluations.parquet'), 'PAR1 again');
    const changed = await fetch(new URL('data/parquet/evaluations.parquet', server.url), { headers: { 'If-None-Match': etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toBe('PAR1 again');
  });

  it('answers 404 for missing files and paths outside the base, and never leaves the root', async () => {
    expect((await get('data/parquet/flags.parquet')).status).toBe(404);
    expect((await get('/index.html')).status).toBe(404);
    expect([403, 404]).toContain((await get('%2e%2e/evallens-secret.txt')).status);
    expect((await get('/evallens')).status).toBe(301);
    expect((await get(server.url, 'POST')).status).toBe(405);
  });
});
