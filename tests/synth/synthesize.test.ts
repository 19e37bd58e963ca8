import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnection } from '../../src/db/nodeConnection';
import type { ContractRows } from '../../src/ingest/contractRows';
import { RULES } from '../../src/rules/registry';
import { scoreFlags, type FlagKey, type GroundTruth } from '../../src/synth/groundTruth';
import { synthesize } from '../../src/synth/synthesize';
import { writeSynthetic } from '../../src/synth/writeSynthetic';

const OPTIONS = { evaluations: 6000, seed: 7, anomalyShare: 0.03 };

let dir: string;
let truth: GroundTruth;
let db: NodeConnection;
const table = (name: string) => `read_parquet('${join(dir, `${name}.parquet`)}')`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'evallens-synth-'));
  truth = (await writeSynthetic(dir, OPTIONS)).truth;
  db = await NodeConnection.open();
}, 60_000);
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A digest of every row a synthesis hands to its sink. */
async function digest(options: typeof OPTIONS): Promise<string> {
  const hash = createHash('sha256');
  await synthesize(options, async (rows: ContractRows) => void hash.update(JSON.stringify(rows)));
  return hash.digest('hex');
}

describe('synthesize', () => {
  it('is deterministic for a seed, and another seed gives other data', async () => {
    expect(await digest(OPTIONS)).toBe(await digest(OPTIONS));
    expect(await digest({ ...OPTIONS, seed: 8 })).not.toBe(await digest(OPTIONS));
  });

  it('writes the asked number of forms over five years, departments within regions, 8–15 indicators a form', async () => {
    const [shape] = await db.rows<Record<string, number>>(`
      SELECT count(*)::INTEGER AS forms, count(DISTINCT year)::INTEGER AS years, count(DISTINCT department)::INTEGER AS departments,
        count(DISTINCT region)::INTEGER AS regions FROM ${table('evaluations')}`);
    expect(shape).toEqual({ forms: 6000, years: 5, departments: 20, regions: 1 });
    const [counts] = await db.rows<{ least: number; most: number }>(
      `SELECT min(indicator_count)::INTEGER AS least, max(indicator_count)::INTEGER AS most FROM ${table('evaluations')} WHERE indicator_count > 0`,
    );
    expect(counts).toEqual({ least: 8, most: 15 });
  });

  it('mixes indicator levels as the corpus does: output indicators first, satisfaction in every form', async () => {
    const levels = await db.rows<{ level1: string; share: number }>(
      `SELECT level1, round(count(*) / sum(count(*)) OVER (), 2) AS share FROM ${table('indicators')} GROUP BY level1 ORDER BY share DESC`,
    );
    expect(levels.map((l) => l.level1)).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(levels[0]!.share).toBeGreaterThan(0.55);
  });

  it('every rule finds its injected anomalies, and nothing is flagged on clean forms', async () => {
    const flags = await db.rows<FlagKey>(`SELECT flag_id, rule_id, eval_id, source_file FROM ${table('flags')}`);
    const score = scoreFlags(truth, flags);
    expect(score.recall.map((r) => r.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
    expect(score.recall.filter((r) => r.found !== r.expected)).toEqual([]);
    expect(score.overall).toBe(1);
    expect(score.falsePositives).toEqual([]);
    expect(score.unexpected).toEqual([]);
  });
});
