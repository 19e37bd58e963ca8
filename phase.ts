import { readFileSync } from 'node:fs';
import { readDocument } from './src/read/readDocument';
import { documentRows, recognize } from './src/parse/recognize';
import { ingestDocument } from './src/ingest/ingestDocument';
import { sha256Hex } from './src/ingest/sha256';
const names = ['000_82397be2bbd94de5.txt','001_099530ba672a4441.txt','002_ddff5fd3e69ced26.txt','003_c9a193166346a5e1.txt','004_77a491ca9b0fee99.txt'];
const files = names.map((f) => ({ f, b: new Uint8Array(readFileSync('data/raw/' + f)) }));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const N = 30;
for (const { f, b } of files) {
  const g = await readDocument(b, f); if (!g.ok) throw 0;
  const lines = g.grid.text.split('\n').length;
  const forms = (await ingestDocument(b, f)).report.forms;
  let t = cpu(); for (let i = 0; i < N; i++) await sha256Hex(b); const hash = (cpu() - t) / N;
  t = cpu(); for (let i = 0; i < N; i++) await readDocument(b, f); const read = (cpu() - t) / N;
  t = cpu(); for (let i = 0; i < N; i++) documentRows(g.grid, []); const rows = (cpu() - t) / N;
  t = cpu(); for (let i = 0; i < N; i++) recognize(g.grid, f); const rec = (cpu() - t) / N;
  t = cpu(); for (let i = 0; i < N; i++) await ingestDocument(b, f); const all = (cpu() - t) / N;
  console.log(f.slice(0, 3), `${(b.length/1024).toFixed(0)}KB lines ${lines} forms ${forms} | hash ${hash.toFixed(2)} read ${read.toFixed(2)} rows ${rows.toFixed(2)} recognize ${rec.toFixed(2)} ingest ${all.toFixed(2)} ms  → ${(forms!/all*1000).toFixed(0)} forms/s`);
}
