import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS, ingestCorpusFile } from './corpus';

const readme = readFileSync('data/README.md', 'utf8');

describe('data/README.md', () => {
  it('states the per-file counts that ingest gives', async () => {
    for (const file of CORPUS) {
      const d = await ingestCorpusFile(file);
      const r = d.report;
      const row = `| \`${file}\` | ${d.layout} | ${r.lines} | ${r.forms} | ${r.target_tables} | ${d.rows.project_lists.length} | ${d.rows.indicators.length} | ${d.rows.target_indicators.length} | ${r.lines_consumed} | ${r.lines_unparsed} | ${r.status} |`;
      expect(readme, file).toContain(row);
    }
  });
  it('documents every warning code the corpus raises', async () => {
    const codes = new Set<string>();
    for (const file of CORPUS) for (const e of (await ingestCorpusFile(file)).rows.evaluations) for (const w of e.warnings ?? []) codes.add(w);
    expect(codes.size).toBeGreaterThan(5);
    for (const code of codes) expect(readme, code).toContain(`\`${code}\``);
  });
});
