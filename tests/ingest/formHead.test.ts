import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/ingestDocument';
import { DEVSET_DIR } from './devset';

const evaluation = async (file: string) => (await ingestDocument(new Uint8Array(readFileSync(new URL(file, DEVSET_DIR))), file)).rows.evaluations[0]!;

describe('formHead: the implementing unit', () => {
  it('is not missing from a department-wide form, whose template has no 实施单位 (m-06, Tianjin’s 整体支出绩效自评表)', async () => {
    const form = await evaluation('m-06-tianjin-2023.txt');
    expect(form.scope).toBe('department');
    expect(form.implementing_unit).toBeNull();
    expect(form.warnings).not.toContain('implementing_unit_missing');
  });

  it('is missing from a project form that prints none (d-04)', async () => {
    const form = await evaluation('d-04-shanxi-2020.txt');
    expect(form.scope).toBe('project');
    expect(form.warnings).toContain('implementing_unit_missing');
  });
});
