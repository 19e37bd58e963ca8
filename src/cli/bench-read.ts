/**
 * npm run bench:read [-- --times 1000 --files form.docx,form.xlsx]
 * Reads each fixture of tests/fixtures/formats/ --times times in a row with readDocument (after
 * a few warm-up reads) and prints files per second and grid cells per second for each: wall
 * clock, and CPU time of this process, which a busy machine disturbs less.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readDocument } from '../read/readDocument';

const { values } = parseArgs({
  options: { times: { type: 'string', default: '1000' }, files: { type: 'string', default: 'form.html,form.docx,form.doc,form.xlsx,form.xls,form.csv,form.pdf' } },
});
const times = Number(values.times);
const WARM_UP = 5;

for (const name of (values.files as string).split(',')) {
  const bytes = new Uint8Array(readFileSync(new URL(`../../tests/fixtures/formats/${name}`, import.meta.url)));
  let cells = 0;
  const readOnce = async () => {
    const result = await readDocument(bytes, name);
    if (!result.ok) throw new Error(`${name}: ${result.error}`);
    return result.grid.rows.reduce((sum, row) => sum + row.cells.length, 0);
  };
  for (let i = 0; i < WARM_UP; i++) await readOnce();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < times; i++) cells += await readOnce();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const rate = (n: number, s: number) => Math.round(n / s).toLocaleString('en-US');
  console.log(
    `${name.padEnd(11)} ${times} reads (${bytes.length.toLocaleString('en-US')} bytes, ${cells / times} cells each): ` +
      `${rate(times, seconds)} files/s, ${rate(cells, seconds)} cells/s wall; ${rate(times, cpuSeconds)} files/s, ${rate(cells, cpuSeconds)} cells/s CPU`,
  );
}
