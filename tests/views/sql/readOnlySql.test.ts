import { describe, expect, it } from 'vitest';
import { checkReadOnlySql, codeOnly } from '../../../src/views/sql/readOnlySql';

const accepted = (sql: string) => {
  const r = checkReadOnlySql(sql);
  if (!r.ok) throw new Error(`rejected: ${sql}: ${r.reason.en}`);
  return r.sql;
};
const rejected = (sql: string) => {
  const r = checkReadOnlySql(sql);
  if (r.ok) throw new Error(`accepted: ${sql}`);
  return r.reason;
};

describe('checkReadOnlySql', () => {
  it('accepts single read statements of every DuckDB form', () => {
    expect(accepted("SELECT project, execution_rate FROM evaluations WHERE project = '会议经费';")).toBe(
      "SELECT project, execution_rate FROM evaluations WHERE project = '会议经费'",
    );
    accepted('WITH d AS (SELECT department, count(*) n FROM evaluations GROUP BY 1) SELECT * FROM d');
    accepted('FROM flags SELECT rule_id, count(*) GROUP BY ALL');
    accepted('  (SELECT 1) UNION ALL (SELECT 2)');
    accepted('SUMMARIZE evaluations');
    accepted('DESCRIBE indicators');
  });

  it('refuses DROP TABLE evaluations with a clear message', () => {
    const reason = rejected('DROP TABLE evaluations');
    expect(reason.zh).toContain('只允许只读查询');
    expect(reason.en).toContain('DROP');
  });

  it('refuses a second statement hidden behind a semicolon', () => {
    expect(rejected('SELECT 1; DROP TABLE evaluations').en).toContain('Only one statement');
    expect(rejected("SELECT 'a;b'; SELECT 2").en).toContain('Only one statement');
  });

  it('refuses write keywords inside a read statement', () => {
    expect(rejected('WITH x AS (SELECT 1) INSERT INTO evaluations SELECT * FROM x').en).toContain('INSERT');
    expect(rejected("SELECT 1 FROM evaluations; COPY evaluations TO 'x.csv'").en).toContain('Only one statement');
    expect(rejected('select * from evaluations where 1=1 or (delete)').en).toContain('DELETE');
  });

  it('ignores semicolons and keywords inside strings, quoted names and comments', () => {
    expect(accepted(`SELECT 'DROP TABLE x; --' AS "delete;me" -- ; DROP\n FROM evaluations /* ; INSERT /* nested */ */;`)).toBe(
      `SELECT 'DROP TABLE x; --' AS "delete;me" -- ; DROP\n FROM evaluations /* ; INSERT /* nested */ */`,
    );
    accepted("SELECT E'it\\'s; DROP' AS t");
    accepted('SELECT $tag$ ; DELETE $tag$ AS t');
  });

  it('refuses empty input and unclosed literals', () => {
    expect(rejected('  ;; -- nothing').en).toContain('Enter one SELECT');
    expect(rejected("SELECT 'unclosed; DROP TABLE evaluations").en).toContain('not closed');
    expect(rejected('SELECT 1 /* open').en).toContain('not closed');
  });
});

describe('codeOnly', () => {
  it('keeps positions and blanks literals and comments', () => {
    const sql = "SELECT 'x;y', \"a\" -- c\nFROM t";
    const code = codeOnly(sql)!;
    expect(code).toHaveLength(sql.length);
    expect(code).toBe(`SELECT ${' '.repeat(5)}, ${' '.repeat(3)} ${' '.repeat(4)}\nFROM t`);
  });
});
