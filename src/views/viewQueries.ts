import { NO_FILTERS, type Filters } from '../query/filters';
import type { NamedQuery } from '../query/namedQuery';
import { compareQueries } from './compare/queries';
import { executionQueries } from './execution/queries';
import { findingsQueries } from './findings/findingsQueries';
import { inflationQueries } from './inflation/queries';
import { overviewQueries } from './overview/queries';
import { targetsQueries } from './targets/queries';

/** Each chart view's batch of queries (what its component sends in one round trip), by view id: for the bench and tests. */
export const VIEW_QUERIES = {
  overview: overviewQueries,
  execution: executionQueries,
  inflation: inflationQueries,
  targets: targetsQueries,
  compare: compareQueries,
  findings: findingsQueries,
} as const satisfies Record<string, (f: Filters) => NamedQuery[]>;

export type ChartViewId = keyof typeof VIEW_QUERIES;

/**
 * The queries of what a page opened without a state in its URL shows first (the overview,
 * no filter): ingest writes their answers beside the tables, and the page shows them while
 * DuckDB-WASM boots.
 */
export const firstViewQueries = (): NamedQuery[] => VIEW_QUERIES.overview(NO_FILTERS);
