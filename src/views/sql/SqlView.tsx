import { useEffect, useMemo, useState } from 'react';
import type { Localized } from '../../i18n/lang';
import { TableExportButtons } from '../../export/TableExportButtons';
import { DataTable, EMPTY_TABLE_STATE, type DataTableState } from '../../table/DataTable';
import type { ViewProps } from '../view';
import { checkReadOnlySql, type ReadOnlySql } from './readOnlySql';
import { loadSchema, type SchemaTable } from './schemaList';
import { SqlChart } from './SqlChart';
import { SQL_EXAMPLES } from './sqlExamples';
import { describeResult, isChartable, resultColumns, sqlRowSource, type ResultColumn } from './sqlResult';
import './sqlView.css';

const EXPORT_CAP = 1_000_000;

type Outcome =
  | { status: 'idle' }
  | { status: 'rejected'; reason: Localized }
  | { status: 'failed'; message: string }
  | { status: 'ready'; sql: ReadOnlySql; columns: ResultColumn[] };

const L = {
  run: { zh: '运行（Ctrl+Enter）', en: 'Run (Ctrl+Enter)' },
  examples: { zh: '示例查询…', en: 'Examples…' },
  schema: { zh: '表与字段', en: 'Tables and columns' },
  chart: { zh: '图表 Chart this', en: 'Chart this 图表' },
  hideChart: { zh: '隐藏图表', en: 'Hide chart' },
  readOnly: { zh: '只读：只能运行一条 SELECT 查询；表结构见右侧。', en: 'Read-only: one SELECT query at a time; the schema is on the right.' },
  view: { zh: '视图', en: 'view' },
  contract: { zh: '数据契约表', en: 'contract table' },
};

/** SQL 查询: a read-only editor over the contract tables and the rules' views, results in the table component. */
export function SqlView({ conn, lang, sql, setSql, dataVersion, filterSummary }: ViewProps) {
  const current = sql || SQL_EXAMPLES[0]!.sql;
  const [draft, setDraft] = useState(current);
  const [runs, setRuns] = useState(0);
  const [outcome, setOutcome] = useState<Outcome>({ status: 'idle' });
  const [schema, setSchema] = useState<SchemaTable[]>([]);
  const [tableState, setTableState] = useState<DataTableState>(EMPTY_TABLE_STATE);
  const [chart, setChart] = useState(false);

  useEffect(() => setDraft(current), [current]);

  useEffect(() => {
    let live = true;
    loadSchema(conn).then((s) => live && setSchema(s), () => undefined);
    return () => {
      live = false;
    };
  }, [conn, dataVersion]);

  useEffect(() => {
    const check = checkReadOnlySql(current);
    if (!check.ok) {
      setOutcome({ status: 'rejected', reason: check.reason });
      return;
    }
    let live = true;
    describeResult(conn, check.sql).then(
      (columns) => live && setOutcome({ status: 'ready', sql: check.sql, columns }),
      (e: unknown) => live && setOutcome({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [conn, current, runs, dataVersion]);

  const ready = outcome.status === 'ready' ? outcome : null;
  const source = useMemo(() => (ready ? sqlRowSource(conn, ready.sql) : null), [conn, ready]);
  const columns = useMemo(() => (ready ? resultColumns(ready.columns) : []), [ready]);

  const run = () => {
    setChart(false);
    if (draft === sql) setRuns((n) => n + 1);
    else setSql(draft);
  };

  return (
    <div className="sql-view" data-testid="sql-view">
      <div className="sql-main">
        <div className="sql-editor">
          <textarea
            aria-label="SQL"
            data-testid="sql-input"
            spellCheck={false}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                run();
              }
            }}
          />
          <div className="sql-actions">
            <button type="button" className="primary" onClick={run} data-testid="sql-run">
              {L.run[lang]}
            </button>
            <select aria-label={L.examples[lang]} value="" onChange={(e) => e.target.value && setDraft(e.target.value)}>
              <option value="">{L.examples[lang]}</option>
              {SQL_EXAMPLES.map((x) => (
                <option key={x.label.en} value={x.sql}>
                  {x.label[lang]}
                </option>
              ))}
            </select>
            <span className="sql-note">{L.readOnly[lang]}</span>
          </div>
        </div>
        {outcome.status === 'rejected' && (
          <p className="sql-error" role="alert" data-testid="sql-error">
            {outcome.reason[lang]}
          </p>
        )}
        {outcome.status === 'failed' && (
          <p className="sql-error" role="alert" data-testid="sql-error">
            {outcome.message}
          </p>
        )}
        {ready && source && (
          <>
            {chart && isChartable(ready.columns) && <SqlChart conn={conn} sql={ready.sql} columns={ready.columns} lang={lang} filterSummary={filterSummary} />}
            <DataTable
              testId="sql-result"
              columns={columns}
              source={source}
              lang={lang}
              state={tableState}
              onStateChange={setTableState}
              height={420}
              toolbar={
                <>
                  {isChartable(ready.columns) && (
                    <button type="button" onClick={() => setChart((c) => !c)} data-testid="sql-chart-toggle">
                      {chart ? L.hideChart[lang] : L.chart[lang]}
                    </button>
                  )}
                  <TableExportButtons
                    conn={conn}
                    lang={lang}
                    view="sql"
                    query={() => ({ sql: `SELECT * FROM (\n${ready.sql}\n) AS q LIMIT ?`, params: [EXPORT_CAP] })}
                    columns={ready.columns.map((c) => ({ id: c.name, header: c.name }))}
                  />
                </>
              }
            />
          </>
        )}
      </div>
      <aside className="sql-schema panel" aria-label={L.schema[lang]}>
        <h2>{L.schema[lang]}</h2>
        {schema.map((t) => (
          <details key={t.name} open={t.name === 'evaluations'}>
            <summary>
              <code>{t.name}</code>
              <span className="sql-kind">{t.kind === 'view' ? L.view[lang] : t.contract ? L.contract[lang] : ''}</span>
            </summary>
            <ul>
              {t.columns.map((c) => (
                <li key={c.name}>
                  <code>{c.name}</code> <span className="sql-type">{c.type}</span>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </aside>
    </div>
  );
}
