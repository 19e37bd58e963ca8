import type { Localized } from '../../i18n/lang';

/** SQL text that passed `checkReadOnlySql`: the only text the SQL view's queries accept. */
export type ReadOnlySql = string & { readonly __readOnly: true };

export type ReadOnlyCheck = { ok: true; sql: ReadOnlySql } | { ok: false; reason: Localized };

/** Words a read statement may start with (after any opening parentheses). */
const READ_STARTS = new Set(['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE', 'SUMMARIZE', 'DESCRIBE', 'SHOW', 'PIVOT', 'UNPIVOT']);

/**
 * Keywords of statements that change or reach outside the database. None of them
 * may appear outside string literals, even inside an otherwise read-only statement
 * (e.g. `WITH x AS (…) INSERT …`).
 */
const WRITE_WORDS = new Set([
  'INSERT', 'UPDATE', 'DELETE', 'MERGE', 'TRUNCATE', 'CREATE', 'DROP', 'ALTER', 'ATTACH', 'DETACH', 'USE',
  'COPY', 'EXPORT', 'IMPORT', 'INSTALL', 'LOAD', 'SET', 'RESET', 'PRAGMA', 'CALL', 'CHECKPOINT', 'VACUUM',
  'BEGIN', 'COMMIT', 'ROLLBACK', 'ABORT', 'GRANT', 'REVOKE', 'PREPARE', 'EXECUTE', 'DEALLOCATE',
]);

const fail = (zh: string, en: string): ReadOnlyCheck => ({ ok: false, reason: { zh, en } });

/**
 * The statement's code with string literals, quoted identifiers and comments blanked
 * out (same length, so positions still match the input; `;` and keywords inside them
 * do not count), or null when a literal or comment is not closed. Follows DuckDB's
 * lexer: '…' with '' (and backslash escapes in E'…'), "…" with "", $tag$…$tag$,
 * -- line and nested block comments.
 */
export function codeOnly(sql: string): string | null {
  let out = '';
  let i = 0;
  const blankTo = (end: number) => {
    out += ' '.repeat(end - i);
    i = end;
  };
  while (i < sql.length) {
    const ch = sql[i]!;
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      blankTo(end < 0 ? sql.length : end);
    } else if (ch === '/' && next === '*') {
      let depth = 1;
      let j = i + 2;
      while (j < sql.length && depth > 0) {
        if (sql.startsWith('/*', j)) (depth++, (j += 2));
        else if (sql.startsWith('*/', j)) (depth--, (j += 2));
        else j++;
      }
      if (depth > 0) return null;
      blankTo(j);
    } else if (ch === "'" || ch === '"') {
      const backslash = ch === "'" && /(^|[^A-Za-z0-9_])[eE]$/.test(out);
      let j = i + 1;
      let closed = false;
      while (j < sql.length) {
        if (backslash && sql[j] === '\\') j += 2;
        else if (sql[j] === ch && sql[j + 1] === ch) j += 2;
        else if (sql[j] === ch) {
          closed = true;
          j++;
          break;
        } else j++;
      }
      if (!closed) return null;
      blankTo(j);
    } else if (ch === '$' && !/[A-Za-z0-9_]$/.test(out) && /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.test(sql.slice(i))) {
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i))![0];
      const end = sql.indexOf(tag, i + tag.length);
      if (end < 0) return null;
      blankTo(end + tag.length);
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/**
 * Accepts exactly one read statement (SELECT and its DuckDB relatives) and rejects
 * everything else with a message; returns the statement without its trailing `;`.
 * The SQL view also runs the statement only as a subquery (`SELECT * FROM (…)`), where
 * DuckDB's parser itself refuses anything but a query.
 */
export function checkReadOnlySql(input: string): ReadOnlyCheck {
  const code = codeOnly(input);
  if (code === null) return fail('SQL 中有未闭合的字符串、引号或注释。', 'A string, quoted name or comment is not closed.');
  const segments: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of code.split(';')) {
    if (part.trim() !== '') segments.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  const statements = segments.map((s) => code.slice(s.start, s.end));
  if (statements.length === 0) return fail('请输入一条 SELECT 查询。', 'Enter one SELECT query.');
  if (statements.length > 1) return fail('只能运行一条语句（发现多条，以分号分隔）。', 'Only one statement can run (found several, separated by semicolons).');
  const words = statements[0]!.toUpperCase().match(/[A-Z_][A-Z0-9_]*/g) ?? [];
  const first = words[0] ?? '';
  if (!READ_STARTS.has(first)) {
    return fail(
      `只允许只读查询（SELECT / WITH / FROM …）；「${first || '?'}」语句不能运行。`,
      `Only read queries (SELECT / WITH / FROM …) can run; a ${first || '?'} statement cannot.`,
    );
  }
  const write = words.find((w) => WRITE_WORDS.has(w));
  if (write) return fail(`查询中不能出现修改数据的关键字「${write}」。`, `A query cannot contain the keyword ${write}, which changes data.`);
  // The one statement, without the semicolons and comments around it.
  return { ok: true, sql: input.slice(segments[0]!.start, segments[0]!.end).trim() as ReadOnlySql };
}
