/**
 * `npm start`: ingest the documents when the Parquet files are missing or older
 * than `data/raw/`, build the app into `dist/`, serve it with the plain static
 * server and print the URL.
 *   npm start [-- --port 8080] [-- --host 0.0.0.0]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { MANIFEST_FILE, type DatasetManifest } from '../contract/manifest';
import { CONTRACT_VERSION } from '../contract/tables';
import { serveStatic } from '../serve/serveStatic';

const ROOT = resolve(import.meta.dirname, '../..');
const RAW = join(ROOT, 'data/raw');
const PARQUET = join(ROOT, 'data/parquet');
const DIST = join(ROOT, 'dist');

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const mtimes = (dir: string, names: string[]) => names.map((n) => statSync(join(dir, n)).mtimeMs);

/** Why the Parquet files must be (re)written, or null when they are up to date. */
function ingestReason(rawDir = RAW, parquetDir = PARQUET): string | null {
  const manifest = join(parquetDir, MANIFEST_FILE);
  if (!existsSync(manifest)) return `missing ${MANIFEST_FILE}`;
  const { contract } = JSON.parse(readFileSync(manifest, 'utf8')) as DatasetManifest;
  if (contract !== CONTRACT_VERSION) return `written for contract ${contract}, not ${CONTRACT_VERSION}`;
  const raw = existsSync(rawDir) ? readdirSync(rawDir).filter((f) => statSync(join(rawDir, f)).isFile()) : [];
  if (raw.length > 0 && Math.max(...mtimes(rawDir, raw)) > Math.min(...mtimes(parquetDir, [MANIFEST_FILE]))) {
    return 'data/raw is newer than data/parquet';
  }
  return null;
}

async function main(): Promise<void> {
  const reason = ingestReason();
  if (reason) {
    console.log(`[start] ingest (${reason})`);
    const ingest = spawnSync('npm', ['run', '--silent', 'ingest'], { cwd: ROOT, stdio: 'inherit' });
    if (ingest.status !== 0) throw new Error(`npm run ingest failed (exit ${ingest.status})`);
  }
  console.log('[start] build → dist/');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir: DIST, emptyOutDir: true } });
  const port = Number(argument('port') ?? process.env.PORT ?? 5173);
  const host = argument('host') ?? '127.0.0.1';
  const server = await serveStatic({ root: DIST, port, host });
  console.log(`[start] EvalLens 绩效透视 is served at ${server.url}  (Ctrl+C to stop)`);
}

main().catch((e: unknown) => {
  console.error(`[start] ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
