import { describe, expect, it } from 'vitest';
import { QueryStoppedError } from '../../../src/db/cancellableConnection';
import { lockDatabase } from '../../../src/db/lockDatabase';
import { refusalOf, stoppedMessage } from '../../../src/views/sql/sqlMessages';
import { openWasmNode } from '../../support/wasmNodeConnection';

/** DuckDB-WASM's own message for a statement, as the SQL view receives it. */
async function errorOf(run: Promise<unknown>): Promise<string> {
  return run.then(
    () => 'no error',
    (e: unknown) => (e instanceof Error ? e.message : String(e)),
  );
}

describe('SQL view messages', () => {
  it('says when Cancel or the time limit stopped a statement, with the seconds', () => {
    expect(stoppedMessage(new QueryStoppedError('cancelled', 2345), 60_000)).toEqual({ zh: '已取消（2.3 秒后）', en: 'Cancelled after 2.3 s' });
    expect(stoppedMessage(new QueryStoppedError('timeout', 60_012), 60_000)).toEqual({
      zh: '已停止：查询超过 60 秒的时间限制（60.0 秒后）',
      en: 'Stopped at the 60 s time limit (after 60.0 s)',
    });
  });

  it('explains DuckDB-WASM’s refusals of outside reads once the database is locked, and passes other errors on', async () => {
    const wasm = await openWasmNode();
    await lockDatabase(wasm);
    const network = await errorOf(wasm.run(`SELECT * FROM read_text('http://attacker.invalid/const')`));
    expect(network).toMatch(/^Permission Error: Cannot access file "http:\/\/attacker.invalid\/const" - file system operations are disabled by configuration/);
    expect(refusalOf(network)?.zh).toBe('已拒绝：本页的数据库不读取任何文件，也不访问任何网络地址，只能查询已载入的表。');
    expect(refusalOf(await errorOf(wasm.run(`SELECT * FROM read_csv('/etc/passwd')`)))?.en).toMatch(/^Refused: this page’s database reads no file/);
    const parquet = await errorOf(wasm.run(`SELECT * FROM read_parquet('x.parquet')`));
    expect(parquet).toMatch(/parquet extension/);
    expect(refusalOf(parquet)?.zh).toBe('已拒绝：这个函数需要 DuckDB 扩展，而本页不加载任何扩展（不从外部下载任何内容）。');
    expect(refusalOf(await errorOf(wasm.run('SELECT no_such_column FROM range(1)')))).toBeNull();
  });
});
