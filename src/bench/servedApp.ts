import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { serveStatic, type StaticServer } from '../serve/serveStatic';

const ROOT = resolve(import.meta.dirname, '../..');

/** Builds the production app (as `npm start` serves it) into a temporary directory (with source maps, for profiles); returns it. */
export async function buildApp({ sourcemap = false }: { sourcemap?: boolean } = {}): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'evallens-bench-dist-'));
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: ROOT, mode: 'production', configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, sourcemap } });
  } finally {
    process.env.NODE_ENV = env;
  }
  return outDir;
}

/**
 * Serves the built app at `appDir` with another dataset as its `data/parquet/` (symbolic
 * links: nothing copied), under a sub-path, with the plain static server.
 */
export async function serveWithData(appDir: string, parquetDir: string): Promise<StaticServer & { dispose(): Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'evallens-bench-root-'));
  for (const name of readdirSync(appDir)) if (name !== 'data') symlinkSync(join(appDir, name), join(root, name));
  mkdirSync(join(root, 'data'));
  symlinkSync(resolve(parquetDir), join(root, 'data', 'parquet'));
  symlinkSync(join(appDir, 'data', 'raw'), join(root, 'data', 'raw'));
  const server = await serveStatic({ root, basePath: '/evallens/' });
  return {
    ...server,
    dispose: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
