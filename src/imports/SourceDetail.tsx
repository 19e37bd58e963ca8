import { useState, type FormEvent } from 'react';
import { formatMoney, formatRate, formatScore } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { giveContext, type ImportItem } from './importCenter';
import type { FormSummary } from './sourceSummary';
import { T } from './texts';
import { joinClauses } from '../i18n/punctuation';
import { unparsedReason } from '../i18n/unparsedReasons';
import { qualityWord, reasonWords } from '../views/common/quality';

const QUALITY_ORDER = ['damaged', 'partial', 'repaired', 'clean'];

/** Forms per data quality, gravest first. */
export function qualityCounts(forms: readonly FormSummary[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const f of forms) counts.set(f.quality ?? '—', (counts.get(f.quality ?? '—') ?? 0) + 1);
  return [...counts].sort((a, b) => QUALITY_ORDER.indexOf(a[0]) - QUALITY_ORDER.indexOf(b[0]));
}

/** What the review shows of one staged source: its forms with their header figures and quality, its warnings, its unparsed lines, and the year/region form. */
export function SourceDetail({ item, lang }: { item: ImportItem; lang: Lang }) {
  const summary = item.staged!.summary;
  return (
    <div className="imp-detail" data-testid="import-detail">
      {item.kind === 'document' && item.phase === 'ready' && (summary.missingYear || summary.missingRegion || item.staged!.meta.sidecar) && <ContextForm item={item} lang={lang} />}
      <table className="plain-table imp-forms" data-testid="import-forms">
        <thead>
          <tr>
            <th>#</th>
            <th>{T.project[lang]}</th>
            <th>{T.department[lang]}</th>
            <th>{T.region[lang]}</th>
            <th className="num">{T.year[lang]}</th>
            <th className="num">{T.budgetFull[lang]}</th>
            <th className="num">{T.executed[lang]}</th>
            <th className="num">{T.rate[lang]}</th>
            <th className="num">{T.total[lang]}</th>
            <th>{T.quality[lang]}</th>
          </tr>
        </thead>
        <tbody>
          {summary.forms.map((f, i) => (
            <tr key={f.id} data-testid="import-form" data-kind={f.kind}>
              <td className="num">{i + 1}</td>
              <td title={f.projectRaw ?? undefined}>
                <span className="imp-kind">{T.kind[lang][f.kind]}</span> {f.project ?? f.projectRaw ?? '—'}
              </td>
              <td>{f.department ?? '—'}</td>
              <td>{f.region ?? '—'}</td>
              <td className="num">{f.year ?? '—'}</td>
              <td className="num">{formatMoney(f.budgetFullYear)}</td>
              <td className="num">{formatMoney(f.executed)}</td>
              <td className="num">{formatRate(f.rateReported)}</td>
              <td className="num">{formatScore(f.totalScore)}</td>
              <td title={reasonWords(f.qualityReasons, lang).join(', ')}>
                <span className={`imp-quality imp-quality-${f.quality}`}>{qualityWord(f.quality, lang) || '—'}</span>
                {f.qualityReasons.length > 0 && <span className="imp-reasons"> {joinClauses(reasonWords(f.qualityReasons, lang), lang)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.warnings.length > 0 && (
        <div className="imp-warnings" data-testid="import-warnings">
          <span>{T.warnings[lang]}:</span>
          {summary.warnings.map((w) => (
            <code key={w.code} className="imp-warning">
              {w.code} ×{w.forms}
            </code>
          ))}
        </div>
      )}
      {summary.unparsedCount > 0 && (
        <table className="plain-table imp-unparsed" data-testid="import-unparsed">
          <thead>
            <tr>
              <th className="num">{T.line[lang]}</th>
              <th>{T.text[lang]}</th>
              <th>{T.reason[lang]}</th>
            </tr>
          </thead>
          <tbody>
            {summary.unparsed.map((u, i) => (
              <tr key={i}>
                <td className="num" title={u.ref ?? undefined}>
                  {u.line ?? '—'}
                </td>
                <td className="imp-line-text">{u.text}</td>
                <td title={u.reason ?? undefined}>{u.reason === null ? '' : unparsedReason(u.reason, lang)}</td>
              </tr>
            ))}
            {summary.unparsedCount > summary.unparsed.length && (
              <tr>
                <td colSpan={3}>{T.moreUnparsed[lang](summary.unparsedCount - summary.unparsed.length)}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** Year and region for a document that does not state them: remembered by file name, the document read again with them as its sidecar. */
function ContextForm({ item, lang }: { item: ImportItem; lang: Lang }) {
  const { summary, meta, remembered } = item.staged!;
  const [year, setYear] = useState(meta.sidecar?.year?.toString() ?? '');
  const [region, setRegion] = useState(meta.sidecar?.region ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const y = year.trim() === '' ? null : Number(year);
    if (y !== null && !(Number.isInteger(y) && y >= 1900 && y <= 2100)) return setError(T.yearInvalid[lang]);
    void giveContext(item.key, { year: y, region: region.trim() || null });
  };
  return (
    <form className="imp-context" data-testid="import-context" onSubmit={submit}>
      <p>{remembered ? T.rememberedContext[lang] : T.askContext[lang]}</p>
      {(summary.missingYear || meta.sidecar?.year != null) && (
        <label>
          {T.year[lang]}
          <input name="context-year" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} placeholder="2024" />
        </label>
      )}
      {(summary.missingRegion || meta.sidecar?.region != null) && (
        <label>
          {T.region[lang]}
          <input name="context-region" value={region} onChange={(e) => setRegion(e.target.value)} placeholder="淮南市" />
        </label>
      )}
      <button type="submit" data-testid="import-context-apply">
        {T.apply[lang]}
      </button>
      {error && <span className="imp-message-error">{error}</span>}
    </form>
  );
}
