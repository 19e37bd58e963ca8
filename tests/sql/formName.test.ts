import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnection } from '../../src/db/nodeConnection';
import { formNameSql } from '../../src/sql/formName';

/** The display name SQL gives for each (project, eval_id). */
async function names(conn: NodeConnection, rows: [string | null, string][]): Promise<string[]> {
  const values = rows.map(() => '(?, ?)').join(', ');
  const result = await conn.rows<{ name: string }>(
    `SELECT ${formNameSql('f')} AS name FROM (VALUES ${values}) f(project, eval_id)`,
    rows.flat(),
  );
  return result.map((r) => r.name);
}

describe('formNameSql', () => {
  let conn: NodeConnection;
  beforeAll(async () => {
    conn = await NodeConnection.open();
  });
  afterAll(() => conn.close());

  it('cleans OCR markup remnants and undrawable glyphs, keeps the text', async () => {
    expect(await names(conn, [
      ['<u>⌧</u>華陀区政务公开', '003_c9a193166346a5e1.txt#4'],
      ['<span style="font-size:12pt">会议经费</span><br/>', '002_x.txt#1'],
    ])).toEqual(['華陀区政务公开', '会议经费']);
  });

  it('names a form without a readable name by where it is', async () => {
    expect(await names(conn, [
      [null, '003_c9a193166346a5e1.txt#7'],
      ['————', '003_c9a193166346a5e1.txt#9'],
    ])).toEqual(['（名称缺失）003 表 7', '（名称缺失）003 表 9']);
  });

  it('leaves a tag that is no formatting in the name, to be shown as the text it is', async () => {
    expect(await names(conn, [['<img src=x onerror=alert(1)>', 'x.txt#1']])).toEqual(['<img src=x onerror=alert(1)>']);
  });
});
