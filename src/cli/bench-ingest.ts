/**
 * npm run bench:ingest [-- --forms 10000 --input data/raw --format-forms 1000 --workers <cores>]
 *
 * Repeats the corpus in memory until it holds at least --forms self-evaluation forms (each
 * repetition under its own file names, so every record is distinct, and standing for other
 * departments, as a province's documents would: the same department 200 times over would make
 * target linking compare every copy's forms with every copy's target tables), then times
 *   1. parse + normalize (ingestDocument: decode, hash, read, recognize, contract rows) in this
 *      thread, and on --workers worker threads (`ingestWorkers.ts`, as the CLI runs it) — twice: V8
 *      compiles the hot code on each thread while the first round runs (several seconds of CPU per
 *      thread), the second shows the speed of compiled code;
 *   2. the whole ingest as the CLI runs it: the copies ingested on the workers, their rows appended
 *      to DuckDB, then the flags computed (rules with default settings) and the Parquet files
 *      written (to a temp dir);
 *   3. each format of tests/fixtures/formats/ (the same form as .txt, .html, .docx, .doc, .xlsx, .xls, .csv,
 *      .pdf) ingested --format-forms times, in this thread and on the workers — there twice, like the
 *      corpus: the first round loads the format's reader on each thread and compiles its code, the
 *      second (warm) shows the speed of compiled code.
 * Prints forms per second (wall clock, and for this thread's runs CPU time too, which a busy
 * machine disturbs less), the peak RSS, and the three functions with the most self time in a
 * profile of one single-thread pass over the corpus.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestDocument, type IngestedDocument } from '../ingest/ingestDocument';
import { recognize } from '../parse/recognize';
import { readDocument } from '../read/readDocument';
import { runRules } from '../rules/runRules';
import { ContractTableWriter } from '../store/contractTableWriter';
import { listSourceFiles, readSourceFile } from '../store/sourceFiles';
import { IngestWorkers } from './ingestWorkers';
import { nodeSha256Hex } from './nodeSha256';
import { pdfCharacterMaps } from './pdfCharacterMaps';

const { values } = parseArgs({
  options: {
    forms: { type: 'string', default: '10000' },
    input: { type: 'string', default: 'data/raw' },
    'format-forms': { type: 'string', default: '1000' },
    workers: { type: 'string', default: String(availableParallelism()) },
  },
});
const target = Number(values.forms);
const formatForms = Number(values['format-forms']);
const workerCount = Number(values.workers);

interface Source {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly sidecarJson?: string;
}

const cMaps = pdfCharacterMaps();
const ingestHere = (doc: Source, name = doc.name): Promise<IngestedDocument> =>
  ingestDocument(doc.bytes, name, doc.sidecarJson, recognize, (bytes, file) => readDocument(bytes, file, { cMaps }), nodeSha256Hex);

const { files } = await listSourceFiles(values.input as string);
const corpus: Source[] = await Promise.all(files.map(async (f) => ({ name: f.name, ...(await readSourceFile(f)) })));

// One pass first, to learn how many forms the corpus holds (and to warm up the JIT).
let formsPerPass = 0;
for (const doc of corpus) formsPerPass += (await ingestHere(doc)).report.forms ?? 0;
if (formsPerPass === 0) throw new Error(`no forms in ${values.input}`);
const passes = Math.ceil(target / formsPerPass);

/** Every copy of the corpus, each under its own name. */
function* copies(): Generator<Source & { pass: number }> {
  for (let pass = 1; pass <= passes; pass++) for (const doc of corpus) yield { ...doc, name: `r${pass}_${doc.name}`, pass };
}

/** A copy's rows under its own department. */
function asCopy(ingested: IngestedDocument, pass: number): IngestedDocument {
  for (const r of [...ingested.rows.evaluations, ...ingested.rows.indicators, ...ingested.rows.target_tables]) r.department = `${r.department}（副本${pass}）`;
  return ingested;
}

interface Timing {
  wallMs: number;
  cpuMs: number | null;
}

async function timed(run: () => Promise<void>, countCpu: boolean): Promise<Timing> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  await run();
  const cpu = process.cpuUsage(cpuStarted);
  return { wallMs: performance.now() - started, cpuMs: countCpu ? (cpu.user + cpu.system) / 1000 : null };
}

const perSecond = (forms: number, ms: number) => Math.round((forms / ms) * 1000).toLocaleString('en-US');
const timing = (forms: number, t: Timing) =>
  `${(t.wallMs / 1000).toFixed(2)} s wall (${perSecond(forms, t.wallMs)} forms/s)` + (t.cpuMs === null ? '' : `, ${(t.cpuMs / 1000).toFixed(2)} s CPU (${perSecond(forms, t.cpuMs)} forms/s)`);

const workers = new IngestWorkers(workerCount);
try {
  // Threads started and warm first: this thread's CPU time is the process's, and a thread loading its
  // modules while this one is timed would be counted as this thread's ingest.
  await Promise.all(corpus.map((doc) => workers.ingest(doc.bytes, doc.name, doc.sidecarJson)));
  const counts = { forms: 0, targetTables: 0, indicators: 0 };
  const here = await timed(async () => {
    for (const doc of copies()) {
      const ingested = asCopy(await ingestHere(doc), doc.pass);
      counts.forms += ingested.report.forms ?? 0;
      counts.targetTables += ingested.report.target_tables ?? 0;
      counts.indicators += ingested.indicators;
    }
  }, true);
  const onWorkersRound = () => timed(() => workers.inOrder([...copies()].map((doc) => async () => asCopy(await workers.ingest(doc.bytes, doc.name, doc.sidecarJson), doc.pass)), async () => {}), false);
  const onWorkers = await onWorkersRound();
  // The same copies again on the same threads: V8 has compiled the hot code by now (a province's ingest runs this way after
  // its first few thousand forms), where the first round paid for compiling it on every thread.
  const onWorkersWarm = await onWorkersRound();

  const out = await mkdtemp(join(tmpdir(), 'evallens-bench-'));
  const writer = await ContractTableWriter.open();
  let whole: Timing;
  try {
    whole = await timed(async () => {
      await workers.inOrder(
        [...copies()].map((doc) => async () => asCopy(await workers.ingest(doc.bytes, doc.name, doc.sidecarJson), doc.pass)),
        (ingested) => writer.add(ingested.rows),
      );
      await writer.write(join(out, 'parquet'), runRules);
    }, false);
  } finally {
    writer.close();
    await rm(out, { recursive: true, force: true });
  }

  const bytes = corpus.reduce((n, d) => n + d.bytes.length, 0) * passes;
  console.log(`corpus: ${corpus.length} files, ${formsPerPass} forms a pass, ${passes} passes in memory; ${workers.count} worker threads`);
  console.log(`input: ${counts.forms.toLocaleString('en-US')} forms, ${counts.targetTables.toLocaleString('en-US')} target tables, ${counts.indicators.toLocaleString('en-US')} indicators, ${(bytes / 2 ** 20).toFixed(1)} MB of text`);
  console.log(`parse + normalize, 1 thread:             ${timing(counts.forms, here)}`);
  console.log(`parse + normalize, ${workers.count} workers:           ${timing(counts.forms, onWorkers)}`);
  console.log(`  the same again, warm (code compiled):   ${timing(counts.forms, onWorkersWarm)}`);
  console.log(`parse + normalize + Parquet, ${workers.count} workers: ${timing(counts.forms, whole)}`);

  console.log(`\nformats (tests/fixtures/formats/, one form each, ${formatForms} times):`);
  for (const name of ['form.txt', 'form.html', 'form.docx', 'form.doc', 'form.xlsx', 'form.xls', 'form.csv', 'form.pdf']) {
    const doc: Source = { name, bytes: new Uint8Array(await readFile(new URL(`../../tests/fixtures/formats/${name}`, import.meta.url))) };
    let forms = 0;
    for (let i = 0; i < 5; i++) await ingestHere(doc); // warm-up
    const thread = await timed(async () => {
      for (let i = 0; i < formatForms; i++) forms += (await ingestHere(doc, `${i}_${name}`)).report.forms ?? 0;
    }, true);
    const pooledRound = () => timed(() => workers.inOrder(Array.from({ length: formatForms }, (_, i) => () => workers.ingest(doc.bytes, `${i}_${name}`)), async () => {}), false);
    const pooled = await pooledRound();
    const pooledWarm = await pooledRound();
    console.log(`  ${name.padEnd(10)} 1 thread: ${timing(forms, thread)}; ${workers.count} workers: ${timing(forms, pooled)}, warm: ${timing(forms, pooledWarm)}`);
  }
} finally {
  await workers.close();
}

console.log(`\nprofile of one single-thread pass over the corpus (self time):`);
for (const line of await topFunctions(async () => {
  for (const doc of corpus) await ingestHere(doc);
}, 3)) console.log(`  ${line}`);
console.log(`peak RSS (this thread's process): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

/** The `count` functions with the most self time while `run` runs (V8's sampling profiler, this thread). */
async function topFunctions(run: () => Promise<void>, count: number): Promise<string[]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let i = 0; i < 20; i++) await run();
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  const deltas = profile.timeDeltas ?? [];
  const selfTime = new Map<number, number>();
  (profile.samples ?? []).forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (deltas[i] ?? 0)));
  // Time under the inspector's own calls (the profile being taken and handed over) is the measurement's, not the ingest's.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const underInspector = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) if (byId.get(at)?.callFrame.url === 'node:inspector') return true;
    return false;
  };
  const byFunction = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    if (underInspector(node.id)) continue;
    const time = selfTime.get(node.id) ?? 0;
    total += time;
    const { functionName, url } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    const where = url ? ` (${basename(url)})` : '';
    const key = `${functionName || '(anonymous)'}${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + time);
  }
  return [...byFunction]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, time]) => `${((time / total) * 100).toFixed(1).padStart(5)} %  ${name}`);
}
