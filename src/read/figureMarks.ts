import type { Lookalike } from './lookalike';

/**
 * Marks around a figure that no amount or rate parses: a currency sign before an amount (`¥280.00`, `￥280.00`, as a
 * finance system or a spreadsheet's currency format prints it) and a percent sign doubled (`93.39%%`, a template's
 * format string `%s%%` printed as it stands). The figure is read without them (`280.00`, `93.39%`), wherever it stands.
 */
const CURRENCY_SIGN = /[¥￥](?=\s?\d)\s?/gu;
const DOUBLED_PERCENT = /(?<=\d)%%/gu;
const HOLDS = /[¥￥]\s?\d|\d%%/u;

export const FIGURE_MARKS: Lookalike = {
  holds: (text) => HOLDS.test(text),
  replace: (text) => (HOLDS.test(text) ? text.replace(CURRENCY_SIGN, '').replace(DOUBLED_PERCENT, '%') : text),
  note: (cells) => `${cells} cells: figures read without a currency sign or a doubled percent sign (¥280.00 → 280.00, 93.39%% → 93.39%)`,
};
