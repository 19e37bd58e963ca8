import { useEffect, useRef, useState } from 'react';
import type { SqlConnection } from '../../db/connection';
import type { Lang } from '../../i18n/lang';
import { RULES } from '../../rules/registry';
import { SCORING_PROFILES, isScoringProfileId } from '../../rules/profiles';
import { RULE_GROUPS, ruleGroup, type RuleParam } from '../../rules/rule';
import { parseSettings, serializeSettings, type RuleSettings } from '../../rules/settings';
import { SEVERITY_LABELS } from '../../findings/severity';

const L = {
  title: { zh: '规则设置', en: 'Rule settings' },
  hint: { zh: '修改阈值或地区评分口径后，线索立即重新计算；设置保存在网址中。', en: 'Changing a threshold or a region’s scoring profile recomputes the findings at once; the settings live in the URL.' },
  profiles: { zh: '评分口径（预算执行得分）', en: 'Scoring profile (execution score)' },
  defaultProfile: { zh: '默认口径', en: 'Default profile' },
  sameAsDefault: { zh: '同默认', en: 'as default' },
  reset: { zh: '恢复默认', en: 'Reset to defaults' },
  on: { zh: '启用', en: 'on' },
  outOfRange: { zh: '超出范围', en: 'out of range' },
};

interface Props {
  conn: SqlConnection;
  lang: Lang;
  ruleSettings: string;
  setRuleSettings: (settings: string) => void;
  /** Flags per rule under the current filters, shown beside each rule. */
  counts: ReadonlyMap<string, number>;
  dataVersion: number;
}

/** Thresholds, rules on/off and the scoring profile per region; every change goes to the URL and reruns the rules. */
export function RuleSettingsPanel({ conn, lang, ruleSettings, setRuleSettings, counts, dataVersion }: Props) {
  const settings = parseSettings(ruleSettings);
  const [regions, setRegions] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    conn.rows<{ region: string }>('SELECT DISTINCT region FROM evaluations WHERE region IS NOT NULL ORDER BY region').then(
      (rows) => live && setRegions(rows.map((r) => r.region)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [conn, dataVersion]);

  // The latest settings string, also across several changes before the next render (e.g. two thresholds committed at once).
  const latest = useRef(ruleSettings);
  useEffect(() => {
    latest.current = ruleSettings;
  }, [ruleSettings]);
  const change = (edit: (s: RuleSettings) => void) => {
    const next = parseSettings(latest.current);
    edit(next);
    latest.current = serializeSettings(next);
    setRuleSettings(latest.current);
  };
  const groups = Object.keys(RULE_GROUPS) as (keyof typeof RULE_GROUPS)[];

  return (
    <details className="rule-settings panel" data-testid="rule-settings">
      <summary>
        <strong>{L.title[lang]}</strong> <span className="dd-muted">{L.hint[lang]}</span>
      </summary>
      <div className="rs-profiles">
        <h3>{L.profiles[lang]}</h3>
        <label>
          {L.defaultProfile[lang]}{' '}
          <select
            value={settings.defaultProfile}
            onChange={(e) => isScoringProfileId(e.target.value) && change((s) => void (s.defaultProfile = e.target.value as RuleSettings['defaultProfile']))}
          >
            <ProfileOptions lang={lang} />
          </select>
        </label>
        {regions.map((region) => (
          <label key={region}>
            {region}{' '}
            <select
              data-region={region}
              value={settings.regionProfiles[region] ?? ''}
              onChange={(e) =>
                change((s) => {
                  const value = e.target.value;
                  if (isScoringProfileId(value)) s.regionProfiles[region] = value;
                  else delete s.regionProfiles[region];
                })
              }
            >
              <option value="">{L.sameAsDefault[lang]}</option>
              <ProfileOptions lang={lang} />
            </select>
          </label>
        ))}
        <button type="button" onClick={() => setRuleSettings('')} disabled={ruleSettings === ''}>
          {L.reset[lang]}
        </button>
      </div>
      {groups.map((group) => {
        const rules = RULES.filter((r) => ruleGroup(r.id) === group);
        if (rules.length === 0) return null;
        return (
          <fieldset key={group} className="rs-group">
            <legend>{RULE_GROUPS[group][lang]}</legend>
            {rules.map((rule) => {
              const enabled = !settings.disabledRules.includes(rule.id);
              return (
                <div key={rule.id} className={`rs-rule${enabled ? '' : ' rs-off'}`} data-rule={rule.id}>
                  <label className="rs-rule-head" title={rule.rationale[lang]}>
                    <input
                      type="checkbox"
                      checked={enabled}
                      aria-label={`${rule.id} ${L.on[lang]}`}
                      onChange={(e) =>
                        change((s) => {
                          s.disabledRules = e.target.checked ? s.disabledRules.filter((id) => id !== rule.id) : [...s.disabledRules, rule.id];
                        })
                      }
                    />
                    <span className={`sev-tag sev-${rule.severity}`}>{SEVERITY_LABELS[rule.severity][lang]}</span>
                    <span>{rule.title[lang]}</span>
                    <code>{rule.id}</code>
                    <span className="rs-count">{counts.get(rule.id) ?? 0}</span>
                  </label>
                  {rule.params.map((param) => (
                    <ParamInput
                      key={param.key}
                      param={param}
                      value={settings.params[param.key] ?? param.default}
                      lang={lang}
                      onCommit={(value) => change((s) => void (s.params[param.key] = value))}
                    />
                  ))}
                </div>
              );
            })}
          </fieldset>
        );
      })}
    </details>
  );
}

/** A threshold input: commits a number within the parameter's bounds (on Enter, blur, or a pause in typing). */
function ParamInput({ param, value, lang, onCommit }: { param: RuleParam; value: number; lang: Lang; onCommit: (v: number) => void }) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(parsed) && parsed >= param.min && parsed <= param.max;
  useEffect(() => {
    if (!valid || parsed === value) return;
    const timer = setTimeout(() => onCommit(parsed), 600);
    return () => clearTimeout(timer);
  }, [valid, parsed, value, onCommit]);
  const commit = () => valid && parsed !== value && onCommit(parsed);
  return (
    <label className="rs-param">
      <span>{param.label[lang]}</span>
      <input
        type="number"
        data-param={param.key}
        value={text}
        min={param.min}
        max={param.max}
        step="any"
        className={valid ? '' : 'rs-invalid'}
        title={valid ? `${param.min}–${param.max}` : `${L.outOfRange[lang]}: ${param.min}–${param.max}`}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      <span className="rs-unit">{param.unit}</span>
    </label>
  );
}

/** One option per scoring profile, by its id. */
function ProfileOptions({ lang }: { lang: Lang }) {
  return SCORING_PROFILES.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name[lang]}
    </option>
  ));
}
