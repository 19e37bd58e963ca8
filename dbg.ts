import { readFileSync } from 'node:fs';
import { parseDocument } from './src/parse/parseDocument';
const doc = parseDocument(readFileSync(process.argv[2]!, 'utf8'), 'x');
const t = (c: any) => c?.text ?? null;
for (const f of doc.selfEvaluations) console.log(f.formIndex, [f.lineStart, f.lineEnd], t(f.project), t(f.department), t(f.year), [f.funds.budgetInitial, f.funds.budgetFullYear, f.funds.executed, f.funds.weight, f.funds.rate, f.funds.score].map(t).join(' '), 'total', t(f.totalWeight), t(f.totalScore), 'n', f.indicators.length, f.warnings.join(','));
for (const f of doc.targetTables) console.log('T', f.formIndex, t(f.project), t(f.department), t(f.year), t(f.budgetTotal), f.indicators.length, f.warnings.join(','));
console.log('unparsed', doc.unparsed.map((u) => `${u.line}: ${u.reason} | ${u.text.slice(0,40)}`));
