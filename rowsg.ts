import { readFileSync } from 'node:fs';
import { rowsOf } from './tests/parse/support/rows';
const rows = rowsOf(readFileSync(process.argv[2]!, 'utf8'));
for (const r of rows) console.log(r.line, r.cells.map((c) => c.text).join(' ¦ '));
