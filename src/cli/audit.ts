/**
 * `npm run audit [-- --input <dir> --out <dir>]`: runs every audit rule with default
 * settings over the contract Parquet tables of <dir> (default data/parquet) and writes
 * flags.parquet and flags.csv to the out dir (default: the input dir). Prints the
 * number of flags per rule and severity. Exit status 1 on a missing or unreadable table.
 */
import { auditDirectory } from '../audit/auditDirectory';
import { RULES } from '../rules/registry';
import { SEVERITIES } from '../rules/rule';

function parseArgs(argv: string[]): { input: string; out: string } {
  let input = 'data/parquet';
  let out: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if ((arg === '--input' || arg === '--out') && value === undefined) throw new Error(`${arg} needs a directory`);
    if (arg === '--input') input = argv[++i] as string;
    else if (arg === '--out') out = argv[++i] as string;
    else throw new Error(`unknown argument ${arg} (usage: npm run audit -- [--input <dir>] [--out <dir>])`);
  }
  return { input, out: out ?? input };
}

async function main(): Promise<void> {
  const { input, out } = parseArgs(process.argv.slice(2));
  const result = await auditDirectory(input, out);
  if (result.linksComputed) console.log(`target_links.parquet not found in ${input}: links computed from evaluations and target_tables`);
  const width = Math.max(...RULES.map((r) => r.id.length));
  const cell = (value: string | number) => String(value).padStart(8);
  console.log(`${'rule'.padEnd(width)}${SEVERITIES.map(cell).join('')}${cell('total')}`);
  for (const rule of RULES) {
    const bySeverity = SEVERITIES.map((s) => result.counts.find((c) => c.ruleId === rule.id && c.severity === s)?.flags ?? 0);
    const total = bySeverity.reduce((a, b) => a + b, 0);
    console.log(`${rule.id.padEnd(width)}${bySeverity.map(cell).join('')}${cell(total)}`);
  }
  const totals = SEVERITIES.map((s) => result.counts.filter((c) => c.severity === s).reduce((a, c) => a + c.flags, 0));
  console.log(`${'all rules'.padEnd(width)}${totals.map(cell).join('')}${cell(result.total)}`);
  for (const error of result.errors) console.error(`rule ${error.ruleId} failed: ${error.message}`);
  console.log(`wrote ${result.flagsParquet} and ${result.flagsCsv}`);
  if (result.errors.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`audit: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
