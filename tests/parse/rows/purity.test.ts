import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = new URL('../../../src/parse/rows/', import.meta.url);

describe('src/parse/rows is pure TypeScript (runs in a browser worker)', () => {
  const files = readdirSync(DIR).filter((file) => file.endsWith('.ts'));
  it.each(files)('%s imports no Node module and touches no DOM', (file) => {
    const source = readFileSync(new URL(file, DIR), 'utf8');
    expect(source).not.toMatch(/from ['"](node:|fs|path|os)['"/]/);
    expect(source).not.toMatch(/\b(document|window|process|require)\b[.(]/);
  });
});
