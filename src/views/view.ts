import type { ComponentType } from 'react';
import type { TableName } from '../contract/tables';
import type { CancellableConnection } from '../db/cancellableConnection';
import type { ArrowSqlConnection } from '../db/connection';
import type { Lang, Localized } from '../i18n/lang';
import type { Filters } from '../query/filters';
import type { TableUrlState } from '../table/useUrlTableState';

/** What every view receives from the app shell. */
export interface ViewProps {
  conn: ArrowSqlConnection;
  filters: Filters;
  /** Cross-filter: merge a change into the global filters (e.g. a clicked department bar). */
  setFilters: (change: Partial<Filters>) => void;
  lang: Lang;
  /** Opens the drill-down of one self-evaluation, on a tab: '' (default) the form, `plan` beside its published target table. */
  openEvaluation: (evalId: string, tab?: string) => void;
  /** Bumped whenever the data or the rule flags change, so views re-query. */
  dataVersion: number;
  /** The rules are re-running for changed settings: flag counts on screen are the previous ones (marked 更新中 / updating). */
  rulesUpdating: boolean;
  /** The evaluation whose drill-down is open (kept in the URL), and closing it. */
  evalId: string | null;
  closeEvaluation: () => void;
  /** The drill-down's tab ('' or `plan`, kept in the URL) and switching it. */
  evalTab: string;
  setEvalTab: (tab: string) => void;
  /** The view's inner tab, kept in the URL ('' = its first), and switching it. */
  viewTab: string;
  setViewTab: (tab: string) => void;
  /** Sort and column filters of every table by its id, kept in the URL, and changing one table's. */
  tableStates: Readonly<Record<string, TableUrlState>>;
  setTableState: (table: string, state: TableUrlState) => void;
  /** The SQL view's own connection: the person's SQL, cancellable and time-limited. */
  sqlConn: CancellableConnection;
  /** Text of the SQL view (kept in the URL). */
  sql: string;
  /** True once the person ran this text on this page; SQL that came with a link is shown, not run, until then. */
  sqlConfirmed: boolean;
  /** Runs SQL the person pressed Run for: keeps it in the URL and confirms it. */
  runSql: (sql: string) => void;
  /** Rule settings string of the rules engine (kept in the URL); changing it reruns the rules. */
  ruleSettings: string;
  setRuleSettings: (settings: string) => void;
  /** One line naming the active filters, for exports and the print view. */
  filterSummary: string;
  /** The contract tables loaded so far (the rest load in the background). */
  loaded: ReadonlySet<TableName>;
}

/** A view: a named query (or several) plus a chart spec, with one line that says how to read it. */
export interface ViewDefinition {
  id: string;
  title: Localized;
  /** One line: what the view shows and how to read it. */
  explanation: Localized;
  Component: ComponentType<ViewProps>;
  /** The tables its queries read under the filters: it is rendered once they are loaded. */
  tables: (filters: Filters) => readonly TableName[];
  /**
   * `tab` (default): listed in the navigation. `overlay`: not listed; rendered over
   * the active view while an evaluation is open (`evalId` set), e.g. the drill-down.
   */
  placement?: 'tab' | 'overlay';
}
