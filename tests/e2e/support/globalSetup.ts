import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../src/serve/serveStatic';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the built app, served under a sub-path by the plain static server. */
    appUrl: string;
    /** The built app's directory (for tests that serve a modified copy). */
    appDir: string;
  }
}

/** The sub-path the e2e run serves the app under (proves it works away from the server root). */
export const BASE_PATH = '/evallens/';

/**
 * Builds the app once into a temporary outDir (not dist/: others build
 * concurrently) and serves it with `serveStatic` under `/evallens/`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), 'evallens-e2e-dist-'));
  const root = resolve(import.meta.dirname, '../../..');
  // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build:
  // the e2e run checks the production build that `npm start` serves.
  const testEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    root,
    mode: 'production',
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  }).finally(() => {
    process.env.NODE_ENV = testEnv;
  });
  const server = await serveStatic({ root: outDir, basePath: BASE_PATH });
  project.provide('appUrl', server.url);
  project.provide('appDir', outDir);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
