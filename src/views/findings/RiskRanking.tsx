import type { Columns } from '../../db/arrowValues';
import { formatInt } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { SEVERITY_WEIGHTS } from '../../sql/riskScore';
import { FormNameCell } from '../common/quality';
import { SEVERITY_LABELS } from '../../findings/severity';

const L = {
  title: { zh: '按风险分排序的项目', en: 'Projects ranked by risk score' },
  of: { zh: (shown: number, total: number) => `（前 ${shown} 个，共 ${total} 个有线索的项目）`, en: (shown: number, total: number) => ` (top ${shown} of ${total} projects with findings)` },
  rule: {
    zh: `风险分 = 每条规则按其在该表的最高等级计一次：高 ${SEVERITY_WEIGHTS.high} 分、中 ${SEVERITY_WEIGHTS.medium} 分、低 ${SEVERITY_WEIGHTS.low} 分，相加（见 README“风险分”）。`,
    en: `Risk score: each rule counts once per form at its highest severity — high ${SEVERITY_WEIGHTS.high}, medium ${SEVERITY_WEIGHTS.medium}, low ${SEVERITY_WEIGHTS.low} — summed (README, “Risk score”).`,
  },
  project: { zh: '项目', en: 'Project' },
  department: { zh: '主管部门', en: 'Department' },
  year: { zh: '年度', en: 'Year' },
  score: { zh: '风险分', en: 'Score' },
};

const n = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0));

/** The risk ranking (`riskRankingQuery`): one row per project, most at risk first; a click opens the form. */
export function RiskRanking({ data, rows, lang, openEvaluation }: { data: Columns; rows: number; lang: Lang; openEvaluation: (id: string) => void }) {
  const total = rows ? n(data.total?.[0]) : 0;
  return (
    <div className="panel findings-risk">
      <h2>
        {L.title[lang]}
        <span className="findings-risk-of">{L.of[lang](rows, total)}</span>
      </h2>
      <p className="findings-risk-rule">{L.rule[lang]}</p>
      <table className="plain-table" data-testid="risk-ranking">
        <thead>
          <tr>
            <th className="num">#</th>
            <th>{L.project[lang]}</th>
            <th>{L.department[lang]}</th>
            <th className="num">{L.year[lang]}</th>
            <th className="num">{L.score[lang]}</th>
            <th className="num">{SEVERITY_LABELS.high[lang]}</th>
            <th className="num">{SEVERITY_LABELS.medium[lang]}</th>
            <th className="num">{SEVERITY_LABELS.low[lang]}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, i) => {
            const id = String(data.eval_id?.[i]);
            return (
              <tr key={id} className="clickable" data-eval-id={id} data-score={n(data.risk_score?.[i])} onClick={() => openEvaluation(id)}>
                <td className="num">{i + 1}</td>
                <FormNameCell data={data} i={i} lang={lang} />
                <td>{String(data.department?.[i] ?? '')}</td>
                <td className="num">{String(data.year?.[i] ?? '')}</td>
                <td className="num">
                  <strong>{formatInt(data.risk_score?.[i])}</strong>
                </td>
                <td className="num">{n(data.high?.[i]) || ''}</td>
                <td className="num">{n(data.medium?.[i]) || ''}</td>
                <td className="num">{n(data.low?.[i]) || ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
