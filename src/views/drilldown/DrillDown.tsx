import { useEffect, useMemo, useState } from 'react';
import { t } from '../../i18n/dict';
import { ReviewControl } from '../../review/ReviewControl';
import { useReview } from '../../review/useReview';
import type { ViewProps } from '../view';
import { loadForm, type FormRecord } from './drilldownQueries';
import { EvaluationForm } from './EvaluationForm';
import { FindingsList } from './FindingsList';
import { flaggedCells } from './flagCells';
import { FormFacts } from './FormFacts';
import { SourcePanel } from './SourcePanel';
import { PlanComparison } from '../plan/PlanComparison';
import { linkedTargetTable } from '../plan/planQueries';
import './drilldown.css';

const L = {
  notFound: { zh: '没有找到这张自评表', en: 'No such form' },
  loading: { zh: '正在读取自评表…', en: 'Loading the form…' },
  formTab: { zh: '自评表', en: 'Self-evaluation' },
  planTab: { zh: '对照公开目标表', en: 'Beside the published target table' },
};

type Load = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; record: FormRecord | null };

/** The drill-down: one self-evaluation as its printed form, its findings, and its source lines. */
export function DrillDown({ conn, evalId, closeEvaluation, lang, dataVersion, evalTab, setEvalTab, ruleSettings }: ViewProps) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  // The published target table linked to this form: the plan tab is offered when there is one.
  const [linked, setLinked] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    setLinked(null);
    if (evalId) linkedTargetTable(conn, evalId).then((id) => live && setLinked(id), () => undefined);
    return () => {
      live = false;
    };
  }, [conn, evalId, dataVersion]);
  const tab = evalTab === 'plan' ? 'plan' : 'form';
  const [selected, setSelected] = useState<number | null>(null);
  useReview(conn);

  useEffect(() => {
    if (!evalId) return;
    let live = true;
    setLoad({ status: 'loading' });
    setSelected(null);
    loadForm(conn, evalId).then(
      (record) => live && setLoad({ status: 'ready', record }),
      (e: unknown) => live && setLoad({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [conn, evalId, dataVersion]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && closeEvaluation();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [closeEvaluation]);

  const record = load.status === 'ready' ? load.record : null;
  const flagged = useMemo(() => flaggedCells(record?.flags ?? []), [record]);
  const flaggedLines = useMemo(() => {
    const indexes = new Set((record?.flags ?? []).flatMap((f) => (f.indicator_index === null ? [] : [f.indicator_index])));
    return new Set((record?.indicators ?? []).filter((i) => i.indicator_index !== null && indexes.has(i.indicator_index)).map((i) => i.line ?? 0));
  }, [record]);
  const focusLine = record?.indicators.find((i) => i.indicator_index === selected)?.line ?? null;
  const e = record?.evaluation;

  return (
    <div className="dd-backdrop" onClick={closeEvaluation}>
      <div className="dd-dialog" role="dialog" aria-modal="true" aria-label={record?.display.name ?? evalId ?? ''} data-testid="drilldown" onClick={(ev) => ev.stopPropagation()}>
        <header className="dd-head">
          <div>
            <h2>{record ? record.display.name : evalId}</h2>
            {e && (
              <p className="dd-muted">
                {e.year} · {e.region} · {e.department} · <code>{e.eval_id}</code>{' '}
                {record.sourceSha256 && e.eval_id && e.source_file && (
                  <ReviewControl
                    subject={{ kind: 'form', subjectId: e.eval_id, sourceFile: e.source_file, sourceSha256: record.sourceSha256, subjectText: record.display.name }}
                    lang={lang}
                  />
                )}
              </p>
            )}
            {record && <FormFacts record={record} lang={lang} />}
          </div>
          <div className="dd-head-actions">
            <button type="button" onClick={() => window.print()}>
              {t(lang, 'print')}
            </button>
            <button type="button" onClick={closeEvaluation} data-testid="drilldown-close" autoFocus>
              ✕ {t(lang, 'close')}
            </button>
          </div>
        </header>
        {(linked || tab === 'plan') && (
          <div className="dd-tabs" role="tablist">
            {(['form', 'plan'] as const).map((t) => (
              <button key={t} type="button" role="tab" data-dd-tab={t} aria-selected={t === tab} className={t === tab ? 'dd-tab dd-tab-active' : 'dd-tab'} onClick={() => setEvalTab(t === 'plan' ? 'plan' : '')}>
                {t === 'plan' ? L.planTab[lang] : L.formTab[lang]}
              </button>
            ))}
          </div>
        )}
        {tab === 'plan' && evalId && <PlanComparison conn={conn} evalId={evalId} lang={lang} ruleSettings={ruleSettings} dataVersion={dataVersion} />}
        {tab === 'form' && load.status === 'loading' && <p className="dd-muted">{L.loading[lang]}</p>}
        {tab === 'form' && load.status === 'error' && <p className="query-error" role="alert">{load.message}</p>}
        {tab === 'form' && load.status === 'ready' && !record && <p className="query-error">{L.notFound[lang]}</p>}
        {tab === 'form' && record && e && (
          <div className="dd-body">
            <div className="dd-left">
              <FindingsList flags={record.flags} indicators={record.indicators} lang={lang} onSelect={setSelected} sourceFile={e.source_file ?? ''} sourceSha256={e.source_file ? record.sourceSha256 : null} onOpenPlan={linked ? () => setEvalTab('plan') : undefined} />
              <EvaluationForm record={record} flagged={flagged} lang={lang} selected={selected} onSelect={setSelected} />
            </div>
            {e.source_file && e.line_start !== null && e.line_end !== null && (
              <SourcePanel
                sourceFile={e.source_file}
                lineStart={e.line_start}
                lineEnd={e.line_end}
                focusLine={focusLine}
                flaggedLines={flaggedLines}
                lang={lang}
              />
            )}
          </div>
        )}
      </div>
    </div>
  );
}
