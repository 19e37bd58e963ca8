/**
 * Colours and fonts of every chart. The scales keep distinct lightness steps so
 * they still read in grey-scale print, and avoid red/green pairs (colour-blind readers).
 */

/**
 * CJK-safe font stack (Noto Sans CJK is what headless Chromium has for exported images).
 * Names are in single quotes: the SVG renderer writes the stack unescaped into a
 * double-quoted `style="…"` attribute, where a double quote would end the attribute and
 * break the file's XML; canvas (PNG) reads either quote the same (CSS font syntax).
 */
export const FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif";

/**
 * Categorical series in steps of lightness (navy ≈ 20, dark orange ≈ 52, light blue ≈ 69,
 * peach ≈ 86 on a 0–100 scale), so neighbouring series stay apart in grey-scale print;
 * blue/orange pairs, never red/green, for colour-blind readers.
 */
export const CATEGORICAL = ['#08306b', '#d94801', '#6baed6', '#fdd0a2'];

/** Execution-rate bands: dark (alarming) → mid → light (fine); distinct in grey-scale. */
export const BAND_COLORS = { low: '#7f2704', mid: '#f16913', high: '#9ecae1' } as const;

/** Sequential scale, dark = low (cividis-like: monotonic lightness, colour-blind safe). */
export const SEQUENTIAL = ['#00204c', '#31446b', '#666970', '#958f78', '#cbba69', '#ffe945'];

export const TEXT_COLOR = '#1f2933';

/** Defaults merged into every chart option. */
export const BASE_OPTION = {
  animation: false,
  textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR, fontSize: 12 },
  color: CATEGORICAL,
} as const;

/** Tooltips render as canvas text, never HTML: document text cannot inject markup. */
export const TEXT_TOOLTIP = {
  renderMode: 'richText',
  confine: true,
  backgroundColor: '#ffffff',
  borderColor: '#9aa5b1',
  textStyle: { fontFamily: FONT_FAMILY, color: TEXT_COLOR, fontSize: 12 },
} as const;
