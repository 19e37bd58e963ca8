import type { Random } from './random';
import { AGENCIES, REGIONS } from './vocabulary';

export const YEARS = [2020, 2021, 2022, 2023, 2024] as const;

/** Forms of one department in one year: a multiple of ten (the total cycle), plus `extra` forms at the mean total. */
export interface Group {
  index: number;
  year: number;
  region: string;
  regionIndex: number;
  department: string;
  departmentCode: string;
  departmentIndex: number;
  cycles: number;
  extra: number;
}

/** Forms per department and year on average, as a province's departments publish them. */
const FORMS_PER_GROUP = 60;
/** Departments per region (a city's agencies), at most. */
const DEPARTMENTS_PER_REGION = 40;
/** Departments at most: the largest scales get more forms per department, not more departments. */
const MAX_DEPARTMENTS = 1600;

/**
 * The departments, regions and per-year form counts for `evaluations` forms:
 * about FORMS_PER_GROUP forms per department and year (at least ten), departments
 * in regions of at most DEPARTMENTS_PER_REGION, five years; department sizes
 * differ (a few large agencies, many small ones) but stay in proportion across years.
 */
export function layoutGroups(random: Random, evaluations: number): Group[] {
  const cycles = Math.floor(evaluations / 10);
  if (cycles < YEARS.length) throw new Error(`at least ${YEARS.length * 10} evaluations are needed (ten per department and year)`);
  const departments = Math.max(1, Math.min(MAX_DEPARTMENTS, Math.round(evaluations / YEARS.length / FORMS_PER_GROUP), Math.floor(cycles / YEARS.length)));
  const regions = Math.ceil(departments / DEPARTMENTS_PER_REGION);
  const perRegion = Math.ceil(departments / regions);
  const weights = Array.from({ length: departments }, () => 0.3 + random.logNormal(1, 0.8));
  const groups: Group[] = [];
  for (const year of YEARS) {
    for (let d = 0; d < departments; d++) {
      const regionIndex = Math.floor(d / perRegion);
      const local = d % perRegion;
      const region = regionIndex < REGIONS.length ? (REGIONS[regionIndex] as string) : `第${regionIndex + 1}市`;
      const agency = local < AGENCIES.length ? AGENCIES[local] : `${AGENCIES[local % AGENCIES.length]}第${Math.floor(local / AGENCIES.length) + 1}分局`;
      groups.push({
        index: groups.length, year, region, regionIndex, department: `${region}${agency}`,
        departmentCode: String(100 + local).padStart(3, '0'), departmentIndex: d, cycles: 1, extra: 0,
      });
    }
  }
  // One cycle each, the rest in proportion to the department's weight (largest remainders first).
  const rest = cycles - groups.length;
  const total = weights.reduce((a, b) => a + b, 0) * YEARS.length;
  const shares = groups.map((g) => (rest * (weights[g.departmentIndex] as number)) / total);
  groups.forEach((g, i) => (g.cycles += Math.floor(shares[i] as number)));
  const left = cycles - groups.reduce((n, g) => n + g.cycles, 0);
  const byRemainder = groups.map((_, i) => i).sort((a, b) => ((shares[b] as number) % 1) - ((shares[a] as number) % 1) || a - b);
  for (const i of byRemainder.slice(0, left)) (groups[i] as Group).cycles++;
  (groups[0] as Group).extra = evaluations - cycles * 10;
  return groups;
}
