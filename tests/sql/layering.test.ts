import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** The src/ folders a folder's files import from (relative imports only), e.g. `sql`, `contract`. */
function importedFolders(folder: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(join(SRC, folder))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/from\s+'(\.{1,2}\/[^']+)'/g)) {
      const target = relative(SRC, join(file, '..', match[1] as string)).split(/[\\/]/)[0] as string;
      if (target !== folder) found.set(target, [...(found.get(target) ?? []), relative(SRC, file)]);
    }
  }
  return found;
}

describe('the shared SQL sits one floor below store/, rules/ and query/', () => {
  it('src/sql imports none of the folders that use it', () => {
    const folders = [...importedFolders('sql').keys()];
    expect(folders.filter((f) => ['store', 'rules', 'query', 'views', 'db', 'app', 'cli'].includes(f))).toEqual([]);
  });

  it('store/ does not import the rules engine or the query layer, and query/ does not import the writer', () => {
    expect(importedFolders('store').get('rules')).toBeUndefined();
    expect(importedFolders('store').get('query')).toBeUndefined();
    expect(importedFolders('query').get('store')).toBeUndefined();
    expect(importedFolders('rules').get('store')).toBeUndefined();
  });

  it('rules/, store/ and query/ all read the shared SQL', () => {
    for (const folder of ['rules', 'store', 'query']) expect(importedFolders(folder).has('sql')).toBe(true);
  });
});
