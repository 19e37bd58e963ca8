import { describe, expect, it } from 'vitest';
import { TABLES } from '../../src/contract/tables';
import { runRules } from '../../src/rules/runRules';
import { RULES } from '../../src/rules/registry';
import { defaultSettings } from '../../src/rules/settings';
import { cleanForm, fixtureDb } from './support/fixtures';

describe('runRules', () => {
  it('runs every rule without error and flags nothing on a clean form', async () => {
    const conn = await fixtureDb(cleanForm());
    const result = await runRules(conn);
    expect(result.errors).toEqual([]);
    expect(await conn.rows('SELECT rule_id, message_zh FROM flags')).toEqual([]);
    expect(result.total).toBe(0);
    conn.close();
  });
});
