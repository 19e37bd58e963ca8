import { RULES } from './registry';
import { DEFAULT_PROFILE, isScoringProfileId, type ScoringProfileId } from './profiles';
import type { RuleParam } from './rule';

/**
 * What the user can change in the rules settings panel. Kept in the URL (only the
 * values that differ from the defaults, see `serializeSettings`).
 */
export interface RuleSettings {
  /** Every rule parameter by key (`exec.low.high` → 60), in the unit the user reads. */
  params: Record<string, number>;
  /** The scoring profile used for regions not listed in `regionProfiles`. */
  defaultProfile: ScoringProfileId;
  /** Scoring profile per region (`淮南市` → `steps`). */
  regionProfiles: Record<string, ScoringProfileId>;
  /** Rule ids switched off (their flags are not produced). */
  disabledRules: string[];
}

/** Every parameter of every rule, in registry order. */
export const RULE_PARAMS: readonly RuleParam[] = RULES.flatMap((r) => r.params);

/** The defaults: every threshold as the issue specifies it, the national profile everywhere, every rule on. */
export function defaultSettings(): RuleSettings {
  return {
    params: Object.fromEntries(RULE_PARAMS.map((p) => [p.key, p.default])),
    defaultProfile: DEFAULT_PROFILE,
    regionProfiles: {},
    disabledRules: [],
  };
}

/**
 * Settings as a compact URL value, only what differs from the defaults (empty string
 * when nothing does): `exec.low.high=50;profile=steps;profile@淮南市=rate_x20;off=exec.zero,form.empty`,
 * each part URI-encoded. The dashboard keeps it in one URL parameter.
 */
export function serializeSettings(settings: RuleSettings): string {
  const parts: [string, string][] = [];
  for (const p of RULE_PARAMS) {
    const value = settings.params[p.key];
    if (value !== undefined && value !== p.default) parts.push([p.key, String(value)]);
  }
  if (settings.defaultProfile !== DEFAULT_PROFILE) parts.push(['profile', settings.defaultProfile]);
  for (const [region, profile] of Object.entries(settings.regionProfiles).sort(([a], [b]) => a.localeCompare(b))) {
    parts.push([`profile@${region}`, profile]);
  }
  const off = RULES.map((r) => r.id).filter((id) => settings.disabledRules.includes(id));
  if (off.length) parts.push(['off', off.join(',')]);
  return parts.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join(';');
}

/**
 * The inverse of `serializeSettings`: defaults overridden by the parts of `text` that
 * are valid (a known key and a number within its bounds, a known profile, a known rule);
 * anything else in the text is ignored, so a hand-edited URL never breaks the page.
 */
export function parseSettings(text: string): RuleSettings {
  const settings = defaultSettings();
  const params = new Map(RULE_PARAMS.map((p) => [p.key, p]));
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = safeDecode(part.slice(0, eq));
    const value = safeDecode(part.slice(eq + 1));
    const param = params.get(key);
    if (param) {
      const n = Number(value);
      if (value.trim() !== '' && Number.isFinite(n) && n >= param.min && n <= param.max) settings.params[key] = n;
    } else if (key === 'profile' && isScoringProfileId(value)) {
      settings.defaultProfile = value;
    } else if (key.startsWith('profile@') && key.length > 8 && isScoringProfileId(value)) {
      settings.regionProfiles[key.slice(8)] = value;
    } else if (key === 'off') {
      const known = new Set(RULES.map((r) => r.id));
      settings.disabledRules = value.split(',').filter((id) => known.has(id));
    }
  }
  return settings;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}
