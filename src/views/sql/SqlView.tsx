import { useEffect, useMemo, useState } from 'react';
import { QueryStoppedError } from '../../db/cancellableConnection';
import { formatCount } from '../../i18n/format';
import type { Localized } from '../../i18n/lang';
import { TableExportButtons } from '../../export/TableExportButtons';
import { buildExportContext } from '../../export/exportContext';
import { NO_FILTERS } from '../../query/filters';
import { DataTable, EMPTY_TABLE_STATE, type DataTableState } from '../../table/DataTable';
import type { ViewProps } from '../view';
import { checkReadOnlySql } from './readOnlySql';
import { loadSchema, type SchemaTable } from './schemaList';
import { SqlChart } from './SqlChart';
import { SQL_EXAMPLES } from './sqlExamples';
import { refusalOf, stoppedMessage } from './sqlMessages';
import { RESULT_ROW_CAP, isChartable, resultColumns, resultRowSource, resultRows, runToResult, type SqlResult } from './sqlResult';
import './sqlView.css';

type Outcome =
  | { status: 'idle' }
  /** SQL that came with a link: shown, not run, until the person presses Run. */
  | { status: 'fromLink' }
  | { status: 'rejected'; reason: Localized }
  | { status: 'running'; since: number }
  | { status: 'stopped'; message: Localized }
  | { status: 'failed'; message: string; refusal: Localized | null }
  | { status: 'ready'; result: SqlResult };

const L = {
  run: { zh: '运行（Ctrl+Enter）', en: 'Run (Ctrl+Enter)' },
  cancel: { zh: '取消', en: 'Cancel' },
  running: { zh: '正在运行', en: 'Running' },
  seconds: { zh: '秒', en: 's' },
  examples: { zh: '示例查询…', en: 'Examples…' },
  schema: { zh: '表与字段', en: 'Tables and columns' },
  chart: { zh: '图表 Chart this', en: 'Chart this 图表' },
  hideChart: { zh: '隐藏图表', en: 'Hide chart' },
  readOnly: {
    zh: '只读：只能运行一条 SELECT 查询，只查询已载入的表（不读取文件、不访问网络）；表结构见右侧。',
    en: 'Read-only: one SELECT query at a time, over the loaded tables only (no files, no network); the schema is on the right.',
  },
  fromLink: {
    zh: '这条查询来自链接，尚未运行。请先检查下面的语句，确认无误后按“运行”。',
    en: 'This query came with the link and has not run. Check the statement below, then press Run.',
  },
  capped: {
    zh: `结果达到 ${formatCount(RESULT_ROW_CAP, 'zh')} 行的上限：只保留前 ${formatCount(RESULT_ROW_CAP, 'zh')} 行。`,
    en: `The result reached the cap of ${formatCount(RESULT_ROW_CAP, 'en')} rows: only its first ${formatCount(RESULT_ROW_CAP, 'en')} are kept.`,
  },
  view: { zh: '视图', en: 'view' },
  contract: { zh: '数据契约表', en: 'contract table' },
  exportTitle: { zh: 'SQL 查询结果', en: 'SQL query result' },
  exportFilters: { zh: '（SQL 查询不受页面筛选影响）', en: '(the page filters do not apply to SQL)' },
};

/** Whole seconds since `since`, updated while shown. */
function Elapsed({ since, unit }: { since: number; unit: string }) {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 500);
    return () => clearInterval(timer);
  }, []);
  return <span data-testid="sql-elapsed">{`${Math.floor((now - since) / 1000)} ${unit}`}</span>;
}

/**
 * SQL 查询: a read-only editor over the contract tables and the rules' views. A run computes the
 * result once on the SQL view's own connection (Cancel and the time limit stop it; the views go
 * first while it runs) and the table, "chart this" and the exports read it from there.
 */
export function SqlView({ conn, sqlConn, lang, sql, sqlConfirmed, runSql, dataVersion, filterSummary }: ViewProps) {
  const fromLink = sql !== '' && !sqlConfirmed;
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
    if (fromLink) {
      setOutcome({ status: 'fromLink' });
      return;
    }
    const check = checkReadOnlySql(current);
    if (!check.ok) {
      setOutcome({ status: 'rejected', reason: check.reason });
      return;
    }
    let live = true;
    setOutcome({ status: 'running', since: performance.now() });
    runToResult(sqlConn, check.sql).then(
      (result) => live && setOutcome({ status: 'ready', result }),
      (e: unknown) => {
        if (!live) return;
        if (e instanceof QueryStoppedError) setOutcome({ status: 'stopped', message: stoppedMessage(e, sqlConn.options.timeLimitMs) });
        else {
          const message = e instanceof Error ? e.message : String(e);
          setOutcome({ status: 'failed', message, refusal: refusalOf(message) });
        }
      },
    );
    // A run left behind (another run, leaving the view) stops with what it started.
    return () => {
      live = false;
      sqlConn.cancel();
    };
  }, [sqlConn, current, fromLink, runs, dataVersion]);

  const ready = outcome.status === 'ready' ? outcome.result : null;
  const source = useMemo(() => (ready ? resultRowSource(sqlConn, ready) : null), [sqlConn, ready]);
  const columns = useMemo(() => (ready ? resultColumns(ready.columns) : []), [ready]);

  const run = () => {
    setChart(false);
    runSql(draft);
    setRuns((n) => n + 1);
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
        {outcome.status === 'fromLink' && (
          <div className="sql-from-link" role="status" data-testid="sql-from-link">
            <p>{L.fromLink[lang]}</p>
            <pre>{sql}</pre>
          </div>
        )}
        {outcome.status === 'running' && (
          <p className="sql-running" role="status" data-testid="sql-running">
            {L.running[lang]}… <Elapsed since={outcome.since} unit={L.seconds[lang]} />
            <button type="button" onClick={() => sqlConn.cancel()} data-testid="sql-cancel">
              {L.cancel[lang]}
            </button>
          </p>
        )}
        {outcome.status === 'stopped' && (
          <p className="sql-error" role="alert" data-testid="sql-stopped">
            {outcome.message[lang]}
          </p>
        )}
        {outcome.status === 'rejected' && (
          <p className="sql-error" role="alert" data-testid="sql-error">
            {outcome.reason[lang]}
          </p>
        )}
        {outcome.status === 'failed' && (
          <div className="sql-error" role="alert" data-testid="sql-error">
            {outcome.refusal && <strong data-testid="sql-refused">{outcome.refusal[lang]}</strong>}
            <p>{outcome.message}</p>
          </div>
        )}
        {ready && source && (
          <>
            {ready.count === RESULT_ROW_CAP && <p className="sql-note">{L.capped[lang]}</p>}
            {chart && isChartable(ready.columns) && <SqlChart conn={sqlConn} result={ready} lang={lang} filterSummary={filterSummary} />}
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
                    lang={lang}
                    view="sql"
                    rows={() => resultRows(sqlConn, RESULT_ROW_CAP)}
                    columns={ready.columns.map((c) => ({ id: c.name, header: c.name }))}
                    context={(rowCount) =>
                      buildExportContext({
                        conn,
                        lang,
                        title: L.exportTitle[lang],
                        // The person's SQL reads the tables as they are: the global filters do not apply to it.
                        filters: NO_FILTERS,
                        filterSummary: L.exportFilters[lang],
                        extra: [['SQL', current]],
                        rowCount,
                        url: window.location.href,
                      })
                    }
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
