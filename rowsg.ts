import { readFileSync } from 'node:fs';
import { rowsOf } from './tests/parse/support/rows';
import { classifyRow } from './src/parse/rowClass';
const rows = rowsOf(readFileSync(process.argv[2]!, 'utf8'));
const max = Number(process.argv[3] ?? 80);
for (const r of rows.slice(0, max)) console.log(r.line, classifyRow(r), r.table, r.flow ? 'F' : '', r.cells.map((c) => c.text).join(' ¦ ').slice(0, 160));
