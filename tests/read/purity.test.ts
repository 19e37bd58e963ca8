import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const READ_DIR = fileURLToPath(new URL('../../src/read/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Code without comments, so that prose such as "a document." does not count. */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const FORBIDDEN: [string, RegExp][] = [
  ['a node: import', /(?:from|import\()\s*['"]node:/],
  ['a Node built-in import', /(?:from|import\()\s*['"](?:fs|path|url|os|child_process|worker_threads|zlib|buffer)['"]/],
  ['require()', /\brequire\s*\(/],
  ['document', /(?<![\w.$/])document\s*[.[]/],
  ['window', /(?<![\w.$])window\s*[.[]/],
  ['DOMParser', /\bDOMParser\b/],
  ['process', /(?<![\w.$])process\s*\./],
  ['Buffer', /(?<![\w.$])Buffer\b/],
  ['fetch()', /(?<![\w.$])(?<!async\s+)fetch\s*\(/],
  ['new Worker', /\bnew\s+Worker\b/],
];

describe('src/read is pure TypeScript (runs in Node and in a browser worker alike)', () => {
  const files = sourceFiles(READ_DIR);

  it('finds the readers', () => {
    expect(['html.ts', 'docx.ts', 'sheet.ts', 'pdf.ts', 'readDocument.ts'].every((name) => files.some((file) => file.endsWith(join('read', name))))).toBe(true);
  });

  it.each(FORBIDDEN)('no file uses %s', (_what, pattern) => {
    const offenders = files.filter((file) => pattern.test(code(file)));
    expect(offenders).toEqual([]);
  });

  it('the check itself catches a Node import, a DOM parser and a fetch', () => {
    const sample = "import { inflateSync } from 'zlib';\nconst dom = new DOMParser();\nawait fetch('word/document.xml');\n";
    expect(FORBIDDEN.filter(([, pattern]) => pattern.test(sample)).map(([what]) => what)).toEqual(['a Node built-in import', 'DOMParser', 'fetch()']);
  });
});
