/**
 * How a form (a self-evaluation or a target table) is named on every screen, in every
 * finding, export, report and the drill-down's title: one SQL expression.
 *
 * Names come from documents, often through OCR, and stay untrusted text: what is shown is
 * cleaned of markup remnants and of glyphs no font draws (`<u>च</u>華陀区…` → `華陀区…`),
 * while the text as printed stays in `project_raw` and in the source lines the drill-down shows.
 * A form whose name could not be read (`project` NULL: missing, or an OCR fragment) is never a
 * blank: it is named by where it is, `（名称缺失）003 表 7` — the source file's leading part
 * (`003_c9a1….txt` → `003`) and the form's index in it.
 */

/**
 * The characters a name keeps for display: printable ASCII, Han, CJK and full-width punctuation,
 * general punctuation (dashes, quotes, ellipsis), ·, ×, °, Roman and circled numerals.
 * Anything else (another script OCR mistook a character for, box and tofu glyphs such as ⌧ or □,
 * private-use and replacement characters, control characters) goes.
 */
export const SHOWN_CHARACTERS =
  '\\x{20}-\\x{7E}\\p{Han}\\x{3000}-\\x{303F}\\x{FF01}-\\x{FF5E}\\x{2010}-\\x{2027}\\x{2030}-\\x{205E}\\x{00B7}\\x{00D7}\\x{00B0}\\x{2160}-\\x{217F}\\x{2460}-\\x{24FF}';

/**
 * The letters and digits among `SHOWN_CHARACTERS` (what a name must hold to be shown): ASCII letters
 * and digits, Han, the CJK iteration marks and numerals (々〆〇〡…〩〱…〵〸…〼), full-width letters and
 * digits, Roman numerals and circled numbers. Spelled out rather than `[\p{L}\p{N}]`, which
 * matches the same among these characters (Han radicals aside, which count here) but costs
 * ~4 ms to compile in DuckDB-WASM every time a statement runs (~40 % of a 60-row list's query).
 */
export const NAME_CHARACTERS =
  '0-9A-Za-z\\p{Han}\\x{3005}-\\x{3007}\\x{3021}-\\x{3029}\\x{3031}-\\x{3035}\\x{3038}-\\x{303C}\\x{FF10}-\\x{FF19}\\x{FF21}-\\x{FF3A}\\x{FF41}-\\x{FF5A}\\x{2160}-\\x{217F}\\x{2460}-\\x{249B}\\x{24EA}-\\x{24FF}';

/**
 * The formatting tags a web page or an OCR export leaves in a name (`<u>`, `</u>`, `<br/>`,
 * `<span style=…>`…): removed for display, their text kept. Any other tag (`<img …>`, `<script>`)
 * is no formatting; it stays in the name and shows as the text it is.
 */
const FORMATTING_TAG = '<\\s*/?\\s*(?:u|b|i|s|em|strong|span|font|br|p|div|sup|sub|strike|del|ins)(?:\\s[^<>]{0,40})?\\s*/?\\s*>';

/**
 * `text` as a screen shows it: formatting tags removed, characters outside `SHOWN_CHARACTERS`
 * removed, whitespace collapsed and trimmed; NULL when nothing is left.
 */
export function displayTextSql(text: string): string {
  const untagged = `regexp_replace(${text}, '${FORMATTING_TAG}', '', 'gi')`;
  const kept = `regexp_replace(${untagged}, '[^${SHOWN_CHARACTERS}]', '', 'g')`;
  return `nullif(trim(regexp_replace(${kept}, '\\s+', ' ', 'g')), '')`;
}

/** The stand-in for a form without a readable name: `（名称缺失）003 表 7` (`目标表` for a target table). */
export function standInNameSql(id: string, noun: '表' | '目标表' = '表'): string {
  const stem = `coalesce(nullif(regexp_extract(${id}, '^([^_.#]+)', 1), ''), ${id})`;
  const index = `regexp_extract(${id}, '#(\\d+)$', 1)`;
  return `'（名称缺失）' || ${stem} || ' ${noun} ' || ${index}`;
}

/**
 * The name a form is shown by: its project name cleaned for display when it holds a letter
 * or digit, else the stand-in. `f` is a row alias with `project` and the form's id column
 * (`eval_id`, or `target_table_id` for a target table; both `<source_file>#<form_index>`).
 */
export function formNameSql(f: string, id: 'eval_id' | 'target_table_id' = 'eval_id'): string {
  const name = displayTextSql(`${f}.project`);
  return `coalesce(CASE WHEN regexp_matches(${name}, '[${NAME_CHARACTERS}]') THEN ${name} END, ${standInNameSql(`${f}.${id}`, id === 'target_table_id' ? '目标表' : '表')})`;
}
