import { readFileSync } from 'node:fs';
import { documentRows } from './src/parse/recognize';
import { readDocument } from './src/read/readDocument';
const r = await readDocument(new Uint8Array(readFileSync(process.argv[2]!)), process.argv[2]!);
if (!r.ok) { console.log(r.error); process.exit(); }
console.log('layout', r.grid.layout);
for (const row of documentRows(r.grid, [])) console.log(row.line, row.flow ? 'F' : 'P', row.table, JSON.stringify(row.cells.map((c) => `${c.col}:${c.text}`)).slice(0, 250));
