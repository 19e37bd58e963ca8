import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The contract's Parquet files (override with EVALLENS_PARQUET_DIR) and the source texts, served beside the page. */
const DATA_DIRS = {
  'data/parquet': resolve(process.env.EVALLENS_PARQUET_DIR ?? 'data/parquet'),
  'data/raw': resolve('data/raw'),
};

/** The files under `dir`, recursively (a partitioned dataset's Hive directories), as `/`-separated relative paths. */
const filesIn = (dir: string, prefix = ''): string[] =>
  existsSync(dir)
    ? readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesIn(join(dir, f), `${prefix}${f}/`) : [`${prefix}${f}`]))
    : [];

/**
 * Puts `data/parquet/` and `data/raw/` into the build (dist/data/…), and serves
 * them in dev, so every fetch of the page stays relative and same-origin.
 */
function dataAssets(): Plugin {
  return {
    name: 'evallens-data-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        for (const [prefix, dir] of Object.entries(DATA_DIRS)) {
          const name = path.startsWith(`/${prefix}/`) ? path.slice(prefix.length + 2) : null;
          if (name && filesIn(dir).includes(name)) {
            const type = { '.parquet': 'application/vnd.apache.parquet', '.json': 'application/json; charset=utf-8' }[extname(name)];
            res.setHeader('Content-Type', type ?? 'text/plain; charset=utf-8');
            createReadStream(join(dir, ...name.split('/'))).pipe(res);
            return;
          }
        }
        next();
      });
    },
    generateBundle() {
      for (const [prefix, dir] of Object.entries(DATA_DIRS)) {
        for (const name of filesIn(dir)) {
          this.emitFile({ type: 'asset', fileName: `${prefix}/${name}`, source: readFileSync(join(dir, ...name.split('/'))) });
        }
      }
    },
  };
}

/** pdf.js's character maps (for PDFs whose Chinese fonts are not embedded), served beside the page as `cmaps/`: the import worker fetches one only when a PDF needs it. */
const CMAPS_DIR = resolve('node_modules/pdfjs-dist/cmaps');

function pdfCMaps(): Plugin {
  return {
    name: 'evallens-pdf-cmaps',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const name = path.startsWith('/cmaps/') ? path.slice('/cmaps/'.length) : null;
        if (name && filesIn(CMAPS_DIR).includes(name)) {
          res.setHeader('Content-Type', 'application/octet-stream');
          createReadStream(join(CMAPS_DIR, name)).pipe(res);
          return;
        }
        next();
      });
    },
    generateBundle() {
      for (const name of filesIn(CMAPS_DIR)) this.emitFile({ type: 'asset', fileName: `cmaps/${name}`, source: readFileSync(join(CMAPS_DIR, name)) });
    },
  };
}

export default defineConfig({
  // Relative base: the built dist/ runs from any static server, at its root or under a sub-path.
  base: './',
  plugins: [react(), dataAssets(), pdfCMaps()],
  // Module workers that load code on first use (the import worker's readers: pdf.js, SheetJS) need ES-module worker chunks.
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
  build: { chunkSizeWarningLimit: 2000 },
  test: {
    reporters: ['default', './tests/setup/closingLineReporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', '**/node_modules/**'],
          environment: 'node',
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Real headless Chromium against the built app (built once by the global setup), after the unit tests.
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
