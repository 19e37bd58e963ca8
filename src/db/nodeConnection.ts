import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import type { SqlConnection, SqlParam } from './connection';

/**
 * SqlConnection over native DuckDB (@duckdb/node-api), for the CLI and Node tests.
 * Native DuckDB reads and writes Parquet itself; extension autoloading is off so a
 * stray extension load fails fast instead of reaching for the network.
 */
export class NodeConnection implements SqlConnection {
  private constructor(
    private readonly instance: DuckDBInstance,
    readonly raw: DuckDBConnection,
  ) {}

  static async open(path = ':memory:'): Promise<NodeConnection> {
    const instance = await DuckDBInstance.create(path, {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
    });
    return new NodeConnection(instance, await instance.connect());
  }

  async run(sql: string, params: readonly SqlParam[] = []): Promise<void> {
    await this.raw.run(sql, params.length ? (params as DuckDBValue[]) : undefined);
  }

  async rows<T = Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []): Promise<T[]> {
    const reader = await this.raw.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined);
    return reader.getRowObjectsJS().map((row) => toPlain(row) as T);
  }

  close(): void {
    this.raw.closeSync();
    this.instance.closeSync();
  }
}

/** BIGINT → number (exact below 2^53, which every count here is), lists → arrays, recursively. */
function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(toPlain);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}
