/**
 * npm run bench:ingest [-- --forms 10000 --input data/raw]
 * Repeats the corpus in memory until it holds at least --forms
 * self-evaluation forms (each repetition under its own file names, so every
 * record is distinct, and standing for other departments, as a province's
 * documents would: the same department 200 times over would make target
 * linking compare every copy's forms with every copy's target tables), then times
 *   1. parse + normalize: ingestDocument on every copy (decode, hash, parse, rows);
 *   2. the whole ingest as the CLI runs it: every copy ingested and its rows
 *      appended to DuckDB at once, then the flags computed (rules with default
 *      settings) and the Parquet files written (to a temp dir).
 * Prints forms per second for both (wall clock, and CPU time of this process,
 * which a busy machine disturbs less) and the process's peak RSS.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ContractRows } from '../ingest/contractRows';
import { ingestDocument } from '../ingest/ingestDocument';
import { runRules } from '../rules/runRules';
import { ContractTableWriter } from '../store/contractTableWriter';
import { listSourceFiles, readSourceFile } from '../store/sourceFiles';

const { values } = parseArgs({
  options: { forms: { type: 'string', default: '10000' }, input: { type: 'string', default: 'data/raw' } },
});
const target = Number(values.forms);

const { files } = await listSourceFiles(values.input as string);
const corpus = await Promise.all(files.map(async (f) => ({ name: f.name, ...(await readSourceFile(f)) })));

// One pass first, to learn how many forms the corpus holds (and to warm up the JIT).
let formsPerPass = 0;
for (const doc of corpus) formsPerPass += (await ingestDocument(doc.bytes, doc.name, doc.sidecarJson)).report.forms ?? 0;
if (formsPerPass === 0) throw new Error(`no forms in ${values.input}`);
const passes = Math.ceil(target / formsPerPass);

/** Ingests every copy of the corpus, handing each document's rows to `sink`; returns forms, target tables and indicators. */
async function ingestCopies(sink: (rows: ContractRows) => Promise<void>): Promise<{ forms: number; targetTables: number; indicators: number }> {
  const counts = { forms: 0, targetTables: 0, indicators: 0 };
  for (let pass = 1; pass <= passes; pass++) {
    for (const doc of corpus) {
      const ingested = await ingestDocument(doc.bytes, `r${pass}_${doc.name}`, doc.sidecarJson);
      counts.forms += ingested.report.forms ?? 0;
      counts.targetTables += ingested.report.target_tables ?? 0;
      counts.indicators += ingested.indicators;
      for (const r of [...ingested.rows.evaluations, ...ingested.rows.indicators, ...ingested.rows.target_tables]) {
        r.department = `${r.department}（副本${pass}）`;
      }
      await sink(ingested.rows);
    }
  }
  return counts;
}

let started = performance.now();
let cpuStarted = process.cpuUsage();
const { forms, targetTables, indicators } = await ingestCopies(async () => {});
const parseMs = performance.now() - started;
const parseCpuMs = cpuMs(process.cpuUsage(cpuStarted));

const out = await mkdtemp(join(tmpdir(), 'evallens-bench-'));
started = performance.now();
cpuStarted = process.cpuUsage();
const writer = await ContractTableWriter.open();
try {
  await ingestCopies((rows) => writer.add(rows));
  await writer.write(join(out, 'parquet'), runRules);
} finally {
  writer.close();
  await rm(out, { recursive: true, force: true });
}
const allMs = performance.now() - started;
const allCpuMs = cpuMs(process.cpuUsage(cpuStarted)); // DuckDB's own threads count too

const perSecond = (ms: number) => Math.round((forms / ms) * 1000).toLocaleString('en-US');
const timing = (wall: number, cpu: number) => `${(wall / 1000).toFixed(2)} s wall (${perSecond(wall)} forms/s), ${(cpu / 1000).toFixed(2)} s CPU (${perSecond(cpu)} forms/s)`;
const bytes = corpus.reduce((n, d) => n + d.bytes.length, 0) * passes;
console.log(`corpus: ${corpus.length} files, ${formsPerPass} forms a pass, ${passes} passes in memory`);
console.log(`input: ${forms.toLocaleString('en-US')} forms, ${targetTables.toLocaleString('en-US')} target tables, ${indicators.toLocaleString('en-US')} indicators, ${(bytes / 2 ** 20).toFixed(1)} MB of text`);
console.log(`parse + normalize:                   ${timing(parseMs, parseCpuMs)}`);
console.log(`parse + normalize + rules + Parquet: ${timing(allMs, allCpuMs)}`);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}
