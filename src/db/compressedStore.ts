/** The in-memory database the page's tables live in (see `useCompressedStore`). */
export const STORE = 'store';

/**
 * Makes the page's connections create and read their tables in an in-memory database
 * that DuckDB compresses as it compresses a database file (`ATTACH ':memory:' … (COMPRESS)`):
 * the contract tables of 100,000 forms take ~60 MB instead of ~420 MB of WASM memory, which
 * is what lets a million forms fit. Run on every connection, before `lockDatabase`
 * (ATTACH and USE need the configuration open).
 */
export async function useCompressedStore(first: { run(sql: string): Promise<void> }, others: readonly { arrow(sql: string): Promise<unknown> }[]): Promise<void> {
  await first.run(`ATTACH ':memory:' AS ${STORE} (COMPRESS)`);
  await first.run(`USE ${STORE}`);
  for (const conn of others) await conn.arrow(`USE ${STORE}`);
}
