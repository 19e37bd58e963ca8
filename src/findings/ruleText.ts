import { literal } from '../query/inlineParams';
import { RULES } from '../rules/registry';

/**
 * The rules' titles as an SQL relation `rt(rule_id, rule_text)`, where `rule_text` is
 * `<rule id> <Chinese title> <English title>`: what the findings table's rule column shows and
 * filters on, so that typing `清单` or `missing` finds a rule as well as `list.`. Built from
 * the registry (code constants, quoted), never from user input.
 */
export const RULE_TEXT_SQL = `(VALUES ${RULES.map((r) => `(${literal(r.id)}, ${literal(`${r.id} ${r.title.zh} ${r.title.en}`)})`).join(', ')}) AS rt(rule_id, rule_text)`;

/** The rule id at the head of a `rule_text` value. */
export const ruleIdOf = (ruleText: unknown): string => String(ruleText ?? '').split(' ', 1)[0] ?? '';
