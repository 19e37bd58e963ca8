/**
 * Document text as a plain ECharts label: braces and pipes are ECharts' rich-text
 * markup, so they become their full-width forms; control characters go.
 * ECharts then draws the string as text (never HTML: tooltips use richText mode).
 */
export function plainText(text: unknown, maxLength = 0): string {
  const s = (text === null || text === undefined ? '' : String(text))
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\{/g, '｛')
    .replace(/\}/g, '｝')
    .replace(/\|/g, '｜');
  return maxLength > 0 && s.length > maxLength ? `${s.slice(0, maxLength - 1)}…` : s;
}
