import { openWasmNode } from './support/wasmNodeConnection';
import { NodeConnection } from '../src/db/nodeConnection';
import { TABLE_NAMES, TABLES, createTableSql } from '../src/contract/tables';
import { kpiQuery, heatmapQuery } from '../src/views/overview/queries';
import { rankingQuery, histogramQuery, budgetChangeQuery } from '../src/views/execution/queries';
import { scatterQuery, fullMarkShareQuery } from '../src/views/inflation/queries';
import { issuesQuery, issueCountsQuery } from '../src/views/targets/queries';
import { byDepartmentQuery, byYearQuery, departmentYearChangesQuery } from '../src/views/compare/queries';
import { countsByRuleQuery, countsByDepartmentYearQuery } from '../src/views/findings/findingsQueries';
import { NO_FILTERS } from '../src/query/filters';
const dir = process.argv[2]!;
const native = await NodeConnection.open();
for (const t of TABLE_NAMES) { await native.run(createTableSql(t)); await native.run(`INSERT INTO "${t}" SELECT ${TABLES[t].columns.map(c=>`"${c.name}"`).join(',')} FROM read_parquet('${dir}/${t}.parquet')`); }
const wasm = await openWasmNode();
if (process.argv[3]==='c') { await wasm.run(`ATTACH ':memory:' AS lake (COMPRESS)`); await wasm.run('USE lake'); }
let t0 = performance.now();
for (const t of TABLE_NAMES) {
  await wasm.run(createTableSql(t));
  const tbl = await native.rows(`SELECT 1`); void tbl;
}
// copy via Arrow IPC: native → parquet → can't; use CSV? use native arrow? simplest: export native to arrow via COPY? use parquet-wasm decode
import { openParquet } from '../src/db/parquetDecoder';
import { readFileSync } from 'node:fs';
for (const t of TABLE_NAMES) {
  const p = await openParquet(new Blob([readFileSync(`${dir}/${t}.parquet`)]));
  for (let i = 0; i < p.rowGroups; i++) { await wasm.insertIpc('stage', await p.readRowGroup(i), true); await wasm.run(`INSERT INTO "${t}" SELECT * FROM stage`); await wasm.run('DROP TABLE stage'); }
  p.free();
}
console.log('load ms', Math.round(performance.now() - t0)); if (process.argv[3]==='c') { const s=performance.now(); await wasm.run('CHECKPOINT lake'); console.log('ckpt ms', performance.now()-s); }
console.log(await wasm.rows(`SELECT tag, memory_usage_bytes FROM duckdb_memory() ORDER BY 2 DESC LIMIT 1`));
const year = (await native.rows<{y:number,r:string}>(`SELECT year y, region r FROM evaluations LIMIT 1`))[0]!;
const filtered = { ...NO_FILTERS, years: [year.y], regions: [year.r] };
const qs = (f: typeof NO_FILTERS) => [kpiQuery(f), heatmapQuery(f), rankingQuery(f), histogramQuery(f), budgetChangeQuery(f), scatterQuery(f), fullMarkShareQuery(f), issuesQuery(f), issueCountsQuery(f), byDepartmentQuery(f), byYearQuery(f), departmentYearChangesQuery(f), countsByRuleQuery(f), countsByDepartmentYearQuery(f)];
for (const [label, f] of [['all', NO_FILTERS], ['year+region', filtered]] as const) {
  for (const q of qs(f)) {
    const times = { w: [] as number[], n: [] as number[] };
    for (let k = 0; k < 5; k++) { let s = performance.now(); await wasm.arrow(q.sql, q.params); times.w.push(performance.now() - s); s = performance.now(); await native.rows(q.sql, q.params); times.n.push(performance.now() - s); }
    const med = (x: number[]) => x.sort((a,b)=>a-b)[2]!.toFixed(1);
    console.log(label.padEnd(12), q.name.padEnd(34), 'wasm', med(times.w).padStart(7), 'native', med(times.n).padStart(7));
  }
}
