import type { SqlConnection } from './connection';

/**
 * Closes the page's database to the outside, for good: no statement can then read or write a
 * file or reach a network address (`read_text('http://…')`, `read_csv('/etc/…')`, `FROM 'x.csv'`,
 * ATTACH, COPY … TO, extension loading: "Permission Error: … disabled by configuration"), and
 * the configuration is locked, so no statement can switch it back (`SET`/`RESET` fail). It
 * guards whatever the SQL view's own read-only check misses, for SQL typed or opened from a link.
 *
 * Order: open → load the contract tables → lock → rules and views; nothing from the page's user
 * runs before it. DuckDB-WASM 1.32's open() config has no option for this, hence `SET` after
 * loading. Arrow inserts (`insertArrowFromIPCStream`, the loader's path) need no outside
 * access and keep working after the lock, as do CREATE/INSERT (rules, temporary tables); a
 * later import through DuckDB's own file readers (registered files + read_csv) would be
 * refused, so such a load must run before this or decode in the page and insert Arrow.
 */
export async function lockDatabase(conn: SqlConnection): Promise<void> {
  await conn.run('SET enable_external_access = false');
  await conn.run('SET lock_configuration = true');
}
