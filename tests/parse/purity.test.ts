import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIRS = ['../../src/read/', '../../src/parse/'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Code without comments and string literals, so that prose such as "a document." or 'word/document.xml' does not count. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g, "''");
}

const FORBIDDEN: [string, RegExp][] = [
  ['a node: import', /(?:from|import\()\s*['"]node:/],
  ['a Node built-in import', /(?:from|import\()\s*['"](?:fs|path|url|os|child_process|worker_threads)['"]/],
  ['require()', /\brequire\s*\(/],
  ['document', /(?<![\w.$])document\s*[.[]/],
  ['window', /(?<![\w.$])window\s*[.[]/],
  ['process', /(?<![\w.$])process\s*\./],
  ['Buffer', /(?<![\w.$])Buffer\b/],
];

describe('src/read and src/parse are pure TypeScript (they run in a browser worker)', () => {
  const files = DIRS.flatMap(sourceFiles);

  it('finds the reader and recognizer sources', () => {
    expect(files.some((file) => file.endsWith(join('read', 'text', 'readText.ts')))).toBe(true);
    expect(files.some((file) => file.endsWith(join('parse', 'form', 'readForm.ts')))).toBe(true);
  });

  it.each(FORBIDDEN)('no file uses %s', (_what, pattern) => {
    const offenders = files.filter((file) => pattern.test(code(file)));
    expect(offenders).toEqual([]);
  });

  it('the check itself catches a Node import and a DOM access', () => {
    const sample = "import { readFileSync } from 'node:fs';\nconst title = document.title; // a document.\n";
    expect(FORBIDDEN.filter(([, pattern]) => pattern.test(sample)).map(([what]) => what)).toEqual(['a node: import', 'document']);
  });
});
