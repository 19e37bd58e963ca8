import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeConnection } from '../../src/db/nodeConnection';
import { NAME_CHARACTERS, SHOWN_CHARACTERS, formNameSql } from '../../src/sql/formName';

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

  it('counts as a name the letters and digits a shown name can hold: the spelled-out class agrees with [\\p{L}\\p{N}] on every one of them but Han radicals', async () => {
    // Every character SHOWN_CHARACTERS keeps (the BMP: \p{Han} beyond it is Han either way), tested by both classes.
    const rows = await conn.rows<{ c: number; general: boolean; spelled: boolean }>(
      `SELECT c, regexp_matches(chr(c::INTEGER), '[\\p{L}\\p{N}]') AS general, regexp_matches(chr(c::INTEGER), '[${NAME_CHARACTERS}]') AS spelled
       FROM range(32, 65534) t(c) WHERE (c < 55296 OR c > 57343) AND regexp_matches(chr(c::INTEGER), '^[${SHOWN_CHARACTERS}]$')`,
    );
    const differ = rows.filter((r) => r.general !== r.spelled).map((r) => Number(r.c));
    expect(rows.length).toBeGreaterThan(20_000);
    expect(rows.filter((r) => r.general).length).toBeGreaterThan(20_000);
    // Only Han radicals (⺀–⻳, ⼀–⿕: symbols by category, Han by script) differ, and only as counted here.
    expect(differ.every((c) => (c >= 0x2e80 && c <= 0x2fdf) && rows.find((r) => Number(r.c) === c)!.spelled)).toBe(true);
    expect(await names(conn, [['①', 'x#1'], ['Ⅻ', 'x#2'], ['〇', 'x#3'], ['ＡＢ', 'x#4'], ['⒜', 'x#5'], ['“”·', '003_a.txt#6']])).toEqual(['①', 'Ⅻ', '〇', 'ＡＢ', '（名称缺失）x 表 5', '（名称缺失）003 表 6']);
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
