import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { IngestWorkers } from '../../src/cli/ingestWorkers';
import { ingestDocument, type IngestedDocument } from '../../src/ingest/ingestDocument';

const corpus = readdirSync('data/raw')
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: new Uint8Array(readFileSync(`data/raw/${name}`)) }));
const workers = new IngestWorkers(2);
afterAll(() => workers.close());

describe('IngestWorkers', () => {
  it('gives, in input order, the rows ingestDocument gives in this thread', async () => {
    const results: IngestedDocument[] = [];
    await workers.inOrder(
      corpus.map((doc) => () => workers.ingest(doc.bytes, doc.name)),
      async (document) => void results.push(document),
    );
    expect(results.map((result) => result.report.source_file)).toEqual(corpus.map((doc) => doc.name));
    expect(results.map((result) => result.report.forms)).toEqual([10, 0, 12, 18, 11]);
    for (const [i, doc] of corpus.entries()) expect(results[i]!.rows).toEqual((await ingestDocument(doc.bytes, doc.name)).rows);
  });

  it('reports a file no reader takes as failed, naming it, and goes on', async () => {
    const [bad, good] = await Promise.all([workers.ingest(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'broken.docx'), workers.ingest(corpus[0]!.bytes, corpus[0]!.name)]);
    expect(bad.report.status).toBe('failed');
    expect(bad.report.message).toMatch(/^broken\.docx: /);
    expect(good.report.forms).toBe(10);
  });
});
