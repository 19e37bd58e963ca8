/**
 * npm run ingest [-- --input <file or dir> ... --out <dir> --partitioned]
 * Reads source documents (default data/raw/: text, web pages, Word, Excel, CSV and PDF, and their
 * `<name>.meta.json` sidecars) and writes every contract table as Parquet into the output
 * directory (default data/parquet/), atomically: `flags` and its pre-aggregates from the audit
 * rules with default settings, the answers to the page's first view beside them, and
 * `--partitioned` the large tables as year/region partitions (see src/contract/manifest.ts).
 * Documents are read on worker threads, one per core (`ingestWorkers.ts`), and written in input order.
 * A progress line per file, a summary table at the end. Exit status: 0 when
 * every file was read (fully or partly), 1 when a file failed entirely (the
 * others are still written), 2 when nothing could be written.
 */
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { failedDocument, type IngestSummary, type IngestedDocument } from '../ingest/ingestDocument';
import { progressLine, summaryTable } from '../ingest/progress';
import { runRules } from '../rules/runRules';
import { ContractTableWriter } from '../store/contractTableWriter';
import { firstViewQueries } from '../views/viewQueries';
import { DOCUMENT_EXTENSIONS, listSourceFiles, readSourceFile, type SourceFile } from '../store/sourceFiles';
import { IngestWorkers } from './ingestWorkers';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', multiple: true, default: ['data/raw'] },
      out: { type: 'string', default: 'data/parquet' },
      partitioned: { type: 'boolean', default: false },
    },
  });
  const inputs = values.input as string[];
  const out = values.out as string;

  const files: SourceFile[] = [];
  for (const input of inputs) {
    try {
      const listed = await listSourceFiles(input);
      for (const s of listed.skipped) console.log(`skipped ${s.name}: ${s.reason}`);
      files.push(...listed.files);
    } catch (e) {
      console.error(`ingest: cannot read input ${input}: ${(e as Error).message}`);
      return 2;
    }
  }
  if (files.length === 0) {
    console.error(`ingest: no documents (${DOCUMENT_EXTENSIONS.join(' ')}) in ${inputs.join(', ')}`);
    return 2;
  }

  const writer = await ContractTableWriter.open();
  const workers = new IngestWorkers(Math.min(availableParallelism(), files.length));
  try {
    const docs: IngestSummary[] = [];
    const seen = new Set<string>();
    const tasks = files.map((file) => {
      const duplicate = seen.has(file.name);
      seen.add(file.name);
      return async () => {
        const started = performance.now();
        const document = duplicate
          ? failedDocument(file.name, `another input file has the same name (${file.path}); records are keyed by file name`)
          : await ingestFile(file, workers);
        return { document, ms: performance.now() - started };
      };
    });
    await workers.inOrder(tasks, async ({ document: { rows, ...summary }, ms }) => {
      await writer.add(rows); // into DuckDB at once: the rows of many files never pile up in the JS heap
      docs.push(summary);
      console.log(progressLine(summary, ms));
    });
    console.log(`\n${summaryTable(docs)}\n`);

    const failed = docs.filter((d) => d.report.status === 'failed').length;
    if (failed === docs.length) {
      console.error(`ingest: every file failed; nothing written to ${out}`);
      return 2;
    }
    try {
      const written = await writer.write(
        out,
        async (db) => {
          const rules = await runRules(db);
          for (const error of rules.errors) console.error(`ingest: rule ${error.ruleId} failed: ${error.message}`);
        },
        { partitioned: values.partitioned as boolean, snapshots: firstViewQueries() },
      );
      console.log(`wrote ${written.length} tables to ${out}: ${written.map((w) => `${w.table} ${w.rows}`).join(', ')}`);
    } catch (e) {
      console.error(`ingest: writing ${out} failed, nothing replaced: ${(e as Error).message}`);
      return 2;
    }
    if (failed > 0) console.error(`ingest: ${failed} of ${docs.length} files failed (see above)`);
    return failed > 0 ? 1 : 0;
  } finally {
    writer.close();
    await workers.close();
  }
}

async function ingestFile(file: SourceFile, workers: IngestWorkers): Promise<IngestedDocument> {
  let source: Awaited<ReturnType<typeof readSourceFile>>;
  try {
    source = await readSourceFile(file);
  } catch (e) {
    return failedDocument(file.name, `unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return workers.ingest(source.bytes, file.name, source.sidecarJson);
}

process.exitCode = await main().catch((e: Error) => {
  console.error(`ingest: ${e.message}; nothing written`);
  return 2;
});
