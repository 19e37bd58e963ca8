import { readFileSync } from 'node:fs';
import { NodeConnection } from '../src/db/nodeConnection';
const dir = process.argv[2]!;
const truth = JSON.parse(readFileSync(`${dir}/ground_truth.json`, 'utf8'));
const inj = truth.injections.find((i: any) => i.rule === 'dept.score_outlier');
console.log(inj.source_file, inj.eval_ids.length);
const c = await NodeConnection.open();
const file = inj.source_file;
console.log(await c.rows(`WITH e AS (SELECT * FROM read_parquet('${dir}/evaluations.parquet')), g AS (SELECT year, region FROM e WHERE source_file = '${file}' LIMIT 1)
SELECT department, avg(total_score) m, count(*)::INT n, count(total_score)::INT nt FROM e JOIN g USING (year, region) GROUP BY department ORDER BY m DESC`));
