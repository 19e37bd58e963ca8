import { simplifiedChars } from './simplifiedChars';
import { collapseName, toHalfWidth } from './text';

/** Short forms of an area's name → the name the contract uses. */
export const REGION_ALIASES: Readonly<Record<string, string>> = {
  湘西州: '湘西自治州',
  湘西土家族苗族自治州: '湘西自治州',
};

/**
 * An area name: up to two levels (`上海市` + `普陀区`), each ending in an administrative suffix, before an agency
 * whose name is up to nine characters before its kind (`住房和城乡建设局`, `人力资源和社会保障局`).
 */
const AREA_LEVEL = '[\\u4e00-\\u9fff]{1,8}?(?:省|自治区|自治州|自治县|市|州|地区|盟|区|县|旗)';
const LEADING_AREA = new RegExp(`^((?:${AREA_LEVEL}){1,2})(?=人民政府|政府|人大|政协|委员会|[\\u4e00-\\u9fff]{0,9}(?:办公室|局|厅|委|处|中心|院|所|站|队|会))`);

/**
 * The administrative area an agency belongs to, from its name: `淮南市人民政府办公室`
 * → `淮南市`, `上海市普陀区人民政府办公室` → `上海市普陀区`, `大同市人民政府外事办公室`
 * → `大同市`, `湘西自治州政府办` → `湘西自治州`. A province before a prefecture
 * goes (`湖南省湘西州…` → `湘西自治州`): the contract's region is the area
 * below the province. Null when the name does not start with an area.
 */
export function regionOf(agency: string | null | undefined): string | null {
  if (!agency) return null;
  const printed = collapseName(toHalfWidth(agency));
  // Matched in simplified characters (`丹稜縣自然資源局` → `丹稜縣`); the region keeps the name's characters as printed.
  const name = simplifiedChars(printed);
  const before = /^(.+?)(?:人民政府|政府)/.exec(name)?.[1];
  const area = before && new RegExp(`^(?:${AREA_LEVEL}){1,2}$`).test(before) ? before : LEADING_AREA.exec(name)?.[1];
  if (!area) return null;
  const belowProvince = /^[\u4e00-\u9fff]{2,8}?(?:省|自治区)(.+)$/.exec(area)?.[1] ?? area;
  return REGION_ALIASES[belowProvince] ?? printed.slice(area.length - belowProvince.length, area.length);
}
