import type { IndicatorRecord } from '../../contract/tables';
import { langColumn, type Lang } from '../../i18n/lang';
import { ReviewControl } from '../../review/ReviewControl';
import { ruleById } from '../../rules/registry';
import { SEVERITY_LABELS } from '../../findings/severity';
import type { FormFlag } from './drilldownQueries';

const L = {
  title: { zh: '风险线索', en: 'Findings' },
  none: { zh: '本表没有风险线索。', en: 'No findings on this form.' },
  indicator: { zh: '指标', en: 'indicator' },
  plan: { zh: '对照公开目标表', en: 'beside the published target table' },
};

/** The open form's findings, messages as plain text; a finding on an indicator selects it (form row and source line). */
export function FindingsList({ flags, indicators, lang, onSelect, sourceFile, sourceSha256, onOpenPlan }: { flags: readonly FormFlag[]; indicators: readonly IndicatorRecord[]; lang: Lang; onSelect: (index: number) => void; sourceFile: string; sourceSha256: string | null; onOpenPlan?: (() => void) | undefined }) {
  const nameOf = (index: number) => indicators.find((i) => i.indicator_index === index)?.name ?? `#${index}`;
  return (
    <section className="dd-findings" data-testid="drilldown-findings">
      <h3>
        {L.title[lang]} ({flags.length})
      </h3>
      {flags.length === 0 && <p className="dd-muted">{L.none[lang]}</p>}
      <ul>
        {flags.map((f, i) => (
          <li key={`${f.rule_id}-${f.indicator_index ?? 'form'}-${i}`} className={`dd-finding sev-${f.severity}`} data-flag={f.flag_id}>
            {sourceSha256 && <ReviewControl subject={{ kind: 'finding', subjectId: f.flag_id, sourceFile, sourceSha256, subjectText: f.message_zh }} lang={lang} />}{' '}
            <span className={`sev-tag sev-${f.severity}`}>{SEVERITY_LABELS[f.severity][lang]}</span> <strong>{ruleById(f.rule_id)?.title[lang]}</strong> <code>{f.rule_id}</code>{' '}
            {f.indicator_index !== null && (
              <button type="button" className="dd-link" onClick={() => onSelect(f.indicator_index!)}>
                {L.indicator[lang]} {nameOf(f.indicator_index)}
              </button>
            )}
            {onOpenPlan && f.rule_id.startsWith('plan.') && (
              <>
                {' '}
                <button type="button" className="dd-link" data-open-plan={f.flag_id} onClick={onOpenPlan}>
                  {L.plan[lang]}
                </button>
              </>
            )}
            <div className="dd-message">{f[langColumn('message', lang)]}</div>
          </li>
        ))}
      </ul>
    </section>
  );
}
