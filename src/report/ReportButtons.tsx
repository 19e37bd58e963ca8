import { useState } from 'react';
import type { SqlConnection } from '../db/connection';
import { downloadBlob, exportFileName } from '../export/download';
import type { Lang } from '../i18n/lang';
import type { Filters } from '../query/filters';
import { reviewBook } from '../review/useReview';
import { parseSettings } from '../rules/settings';
import './report.css';

const L = {
  report: { zh: '生成复核报告（Word）', en: 'Review report (Word)' },
  paper: { zh: '导出审计工作底稿（Excel）', en: 'Audit working paper (Excel)' },
  working: { zh: '正在生成…', en: 'Writing…' },
  failed: { zh: '生成失败：', en: 'Failed: ' },
  hint: { zh: '按当前筛选和规则设置生成，含复核意见。', en: 'For the current filters and rule settings, with the review notes.' },
  done: { zh: (seconds: number) => `已生成（${seconds.toFixed(1)} 秒）`, en: (seconds: number) => `Written (${seconds.toFixed(1)} s)` },
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface Props {
  conn: SqlConnection;
  filters: Filters;
  ruleSettings: string;
  filterSummary: string;
  lang: Lang;
}

type Status = { state: 'idle' } | { state: 'working' } | { state: 'done'; seconds: number } | { state: 'failed'; message: string };

/** One click each: the review report (.docx) and the audit working paper (.xlsx), written in the page (their libraries load on first use). */
export function ReportButtons({ conn, filters, ruleSettings, filterSummary, lang }: Props) {
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const run = async (write: (now: Date) => Promise<void>) => {
    setStatus({ state: 'working' });
    const started = performance.now();
    try {
      await reviewBook.attach(conn); // the notes are in review_notes before the report reads them
      await write(new Date());
      setStatus({ state: 'done', seconds: (performance.now() - started) / 1000 });
    } catch (e) {
      setStatus({ state: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  };
  const settings = parseSettings(ruleSettings);
  const report = () =>
    run(async (now) => {
      const { buildReport } = await import('./buildReport');
      downloadBlob(exportFileName('review-report', 'docx', now), new Blob([await buildReport(conn, filters, settings, filterSummary, now)], { type: DOCX }));
    });
  const paper = () =>
    run(async (now) => {
      const { buildWorkingPaper } = await import('./buildWorkingPaper');
      const bytes = await buildWorkingPaper(conn, filters, settings, filterSummary, now);
      downloadBlob(exportFileName('working-paper', 'xlsx', now), new Blob([bytes as BlobPart], { type: XLSX }));
    });
  const busy = status.state === 'working';
  return (
    <div className="panel report-buttons" data-testid="report-buttons" data-state={status.state}>
      <button type="button" data-testid="report-docx" onClick={report} disabled={busy}>
        {L.report[lang]}
      </button>
      <button type="button" data-testid="report-xlsx" onClick={paper} disabled={busy}>
        {L.paper[lang]}
      </button>
      <span className="dd-muted" role="status">
        {status.state === 'working' && L.working[lang]}
        {status.state === 'done' && L.done[lang](status.seconds)}
        {status.state === 'failed' && L.failed[lang] + status.message}
        {status.state === 'idle' && L.hint[lang]}
      </span>
    </div>
  );
}
