import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Writes files into `outDir` all or nothing: `write` fills a temporary directory
 * next to `outDir` and returns the names (files or directories) it wrote there;
 * only when it returns are they renamed into place, each replacing the old one whole
 * (a file in one rename; a directory, e.g. a partitioned table, is removed first), and the
 * `stale` names it lists (what the new files replace under another name) are removed.
 * The temporary directory is removed whatever happens, so a failed run leaves no
 * temporary file behind.
 */
export async function writeAtomically<T>(
  outDir: string,
  write: (tmp: string) => Promise<{ names: readonly string[]; stale?: readonly string[]; result: T }>,
): Promise<T> {
  const out = resolve(outDir);
  await mkdir(dirname(out), { recursive: true });
  const tmp = await mkdtemp(join(dirname(out), `.${basename(out)}.tmp-`));
  try {
    const { names, stale = [], result } = await write(tmp);
    await mkdir(out, { recursive: true });
    for (const name of names) {
      const target = join(out, name);
      if ((await stat(target).catch(() => null))?.isDirectory()) await rm(target, { recursive: true, force: true });
      await rename(join(tmp, name), target);
    }
    for (const name of stale) await rm(join(out, name), { recursive: true, force: true });
    return result;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
