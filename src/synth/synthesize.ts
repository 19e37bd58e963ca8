import { createHash } from 'node:crypto';
import type { ProjectListRow } from '../contract/tables';
import { emptyRows, type ContractRows } from '../ingest/contractRows';
import { FORM_RECIPES, GROUP_RECIPES, evalFlag, type GroupRecipe } from './anomalies';
import { MEAN_TOTAL, TOTAL_CYCLE, cleanForm, targetTableOf, type FormDraft } from './form';
import type { GroundTruth, Injection } from './groundTruth';
import { layoutGroups, type Group } from './layout';
import { Random } from './random';
import { MISSING_PROJECT_NAMES, PROJECT_KINDS, PROJECT_QUALIFIERS, PROJECT_SUBJECTS } from './vocabulary';

export interface SynthOptions {
  evaluations: number;
  seed: number;
  /** Share of forms given an anomaly (default 2%). */
  anomalyShare?: number;
}

/** One form in ten has a published target table; one document in five lists its projects. */
const TARGET_SLOT = 3;
const LIST_EVERY = 5;
/** One department-year in this many gets a department-level anomaly (at least one of each kind). */
const GROUP_ANOMALY_EVERY = 150;

const GROUP_KINDS = Object.keys(GROUP_RECIPES) as GroupRecipe[];

/** The unique project names of a department-year: qualifier + subject (unique, so no two share a core name; it names the indicators too) + a kind. */
function projectNames(random: Random, count: number): { project: string; subject: string }[] {
  const cores: { qualifier: string; subject: string }[] = [];
  for (const qualifier of PROJECT_QUALIFIERS) for (const subject of PROJECT_SUBJECTS) cores.push({ qualifier, subject });
  if (count > cores.length) throw new Error(`a department-year of ${count} forms needs more project names than ${cores.length}`);
  for (let i = cores.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [cores[i], cores[j]] = [cores[j]!, cores[i]!];
  }
  return cores.slice(0, count).map((c) => ({ subject: `${c.qualifier}${c.subject}`, project: `${c.qualifier}${c.subject}${random.pick(PROJECT_KINDS)}` }));
}

/**
 * Department-level anomalies: which groups get which (regions with at least five
 * departments, one per region and year).
 */
function chooseGroupAnomalies(random: Random, groups: Group[]): Map<number, GroupRecipe> {
  const chosen = new Map<number, GroupRecipe>();
  const departmentsIn = new Map<string, number>();
  for (const g of groups) departmentsIn.set(`${g.year}|${g.region}`, (departmentsIn.get(`${g.year}|${g.region}`) ?? 0) + 1);
  const usedRegions = new Set<string>();
  const eligible = groups.filter((g) => g.extra === 0 && (departmentsIn.get(`${g.year}|${g.region}`) ?? 0) >= 5);
  const perKind = Math.max(1, Math.round(groups.length / GROUP_ANOMALY_EVERY / GROUP_KINDS.length));
  const order = eligible.map((g) => ({ g, key: random.next() })).sort((a, b) => a.key - b.key).map((x) => x.g);
  for (const kind of GROUP_KINDS) {
    let placed = 0;
    for (const g of order) {
      if (placed === perKind) break;
      const regionYear = `${g.year}|${g.region}`;
      if (chosen.has(g.index) || usedRegions.has(regionYear)) continue;
      chosen.set(g.index, kind);
      usedRegions.add(regionYear);
      placed++;
    }
  }
  return chosen;
}

/** list.missing_form: an entry in the document's list that names no form of it. */
function missingFromList(random: Random, list: ProjectListRow[], file: string): string[] {
  const seq = list.length + 1;
  list.push({ source_file: file, list_kind: 'self_evaluation', seq, project: `${random.pick(MISSING_PROJECT_NAMES)}工程`, amount: null, line: 3 + seq });
  return [`list.missing_form:${file}#self_evaluation#${seq}`];
}

/** list.duplicate: a form takes the name of another form of its document (and its list entry says so); one finding, on the first of the two. */
function duplicate(d: FormDraft, other: FormDraft, entry: ProjectListRow | undefined): string[] {
  Object.assign(d.evaluation, { project: other.evaluation.project, project_raw: other.evaluation.project_raw });
  if (entry) entry.project = other.evaluation.project;
  const first = (d.evaluation.form_index as number) < (other.evaluation.form_index as number) ? d : other;
  return [evalFlag('list.duplicate', first)];
}

const fakeSha = (name: string) => createHash('sha256').update(name).digest('hex');

/**
 * Synthesizes `evaluations` self-evaluations as contract rows, deterministic for a
 * seed: departments within regions over five years, one document per department and
 * year (a published target-table document beside it when any of its forms has one),
 * forms built clean (`cleanForm`) with a controlled share of anomalies of every rule
 * kind injected, and the flags the rules must then raise recorded as ground truth.
 * Rows go to `sink` one department-year at a time, so any size streams.
 */
export async function synthesize(options: SynthOptions, sink: (rows: ContractRows) => Promise<void>): Promise<GroundTruth> {
  const random = new Random(options.seed);
  const share = options.anomalyShare ?? 0.02;
  const groups = layoutGroups(random.fork(1), options.evaluations);
  const groupAnomalies = chooseGroupAnomalies(random.fork(2), groups);
  // Beside a department compared with its peers (score, 优 share against the region's rate), the other
  // departments of that region and year get no form-level anomaly: one could hide it among its peers.
  const quietRegionYears = new Set(
    [...groupAnomalies].filter(([, kind]) => kind === 'dept.score_outlier' || kind === 'dept.all_excellent').map(([i]) => `${groups[i]!.year}|${groups[i]!.region}`),
  );
  // Clean departments of a region and year share one mean score, so their spread is 0 and no peer stands out;
  // beside a score outlier one peer prints 0.1 less on one form, which gives the comparison a spread.
  const contrasts = new Set<number>();
  for (const [i, kind] of groupAnomalies) {
    if (kind !== 'dept.score_outlier') continue;
    const outlier = groups[i]!;
    const peer = groups.find((g) => g.year === outlier.year && g.region === outlier.region && !groupAnomalies.has(g.index));
    if (peer) contrasts.add(peer.index);
  }
  const injections: Injection[] = [];
  const applied = new Map<string, number>();

  for (const group of groups) {
    const r = random.fork(1000 + group.index);
    const file = `y${group.year}_r${String(group.regionIndex + 1).padStart(3, '0')}_d${String(group.departmentIndex + 1).padStart(4, '0')}.txt`;
    const targetsFile = file.replace(/\.txt$/, '_targets.txt');
    const count = group.cycles * 10 + group.extra;
    const names = projectNames(r, count);
    const drafts: FormDraft[] = names.map((name, i) =>
      cleanForm(r, {
        evalId: `${file}#${i + 1}`, sourceFile: file, formIndex: i + 1, year: group.year, region: group.region,
        department: group.department, departmentCode: group.departmentCode, project: name.project, subject: name.subject,
      }, i >= group.cycles * 10 ? MEAN_TOTAL : i === 9 && contrasts.has(group.index) ? TOTAL_CYCLE[9] - 0.1 : TOTAL_CYCLE[i % 10]!),
    );
    for (const d of drafts) if (d.evaluation.total_score !== d.slotTotal) throw new Error(`${d.evaluation.eval_id}: total ${d.evaluation.total_score}, built for ${d.slotTotal}`);

    const groupKind = groupAnomalies.get(group.index);
    const hasTarget = (i: number) => i % 10 === TARGET_SLOT;
    // Which forms will have a published target table is known up front: recipes other than plan.* leave them alone.
    drafts.forEach((d, i) => (d.target = hasTarget(i) ? { table: null!, indicators: [] } : null));
    if (groupKind) {
      const flagIds = GROUP_RECIPES[groupKind](r, drafts);
      injections.push({ rule: groupKind, eval_ids: drafts.map((d) => d.evaluation.eval_id as string), source_file: file, flag_ids: flagIds });
    }
    let targetIndex = 0;
    drafts.forEach((d) => {
      if (d.target) d.target = targetTableOf(d, `${targetsFile}#${++targetIndex}`, targetsFile, targetIndex);
    });

    const list: ProjectListRow[] = group.index % LIST_EVERY === 0
      ? drafts.map((d, i) => ({ source_file: file, list_kind: 'self_evaluation', seq: i + 1, project: d.evaluation.project, amount: d.evaluation.budget_initial, line: 3 + i }))
      : [];
    const touched = new Set<number>();
    // Another form of the document without a target table and untouched, whose name a duplicate takes.
    const duplicateSource = (i: number) => drafts.findIndex((o, j) => j !== i && !touched.has(j) && o.target === null);
    if (!groupKind && !quietRegionYears.has(`${group.year}|${group.region}`)) {
      drafts.forEach((d, i) => {
        if (touched.has(i) || r.next() >= share) return;
        // The fitting recipe applied least so far (list.* ones where the document allows them): every kind gets its share.
        const candidates = [
          ...FORM_RECIPES.filter((recipe) => recipe.fits(d)).map((recipe) => ({ rule: recipe.rule, apply: () => recipe.apply(r, d) })),
          ...(list.length > 0 ? [{ rule: 'list.missing_form', apply: () => missingFromList(r, list, file) }] : []),
          ...(d.target === null && duplicateSource(i) >= 0 ? [{ rule: 'list.duplicate', apply: () => duplicate(d, drafts[duplicateSource(i)]!, list[i]) }] : []),
        ];
        const chosen = candidates.reduce((best, c) => ((applied.get(c.rule) ?? 0) < (applied.get(best.rule) ?? 0) ? c : best), candidates[0]!);
        const flagIds = chosen.apply();
        if ((d.evaluation.total_score ?? 0) > d.slotTotal + 1e-9) throw new Error(`${chosen.rule} raised the total of ${d.evaluation.eval_id}`);
        applied.set(chosen.rule, (applied.get(chosen.rule) ?? 0) + 1);
        if (chosen.rule === 'list.missing_form') {
          injections.push({ rule: chosen.rule, eval_ids: [], source_file: file, flag_ids: flagIds });
          return;
        }
        const changed = chosen.rule === 'list.duplicate' ? [i, duplicateSource(i)] : [i];
        for (const j of changed) touched.add(j);
        injections.push({ rule: chosen.rule, eval_ids: changed.map((j) => drafts[j]!.evaluation.eval_id as string), source_file: file, flag_ids: flagIds });
      });
    }

    const rows = emptyRows();
    for (const d of drafts) {
      rows.evaluations.push(d.evaluation);
      for (const i of d.indicators) rows.indicators.push(i);
      if (d.target) {
        rows.target_tables.push(d.target.table);
        for (const t of d.target.indicators) rows.target_indicators.push(t);
      }
    }
    for (const entry of list) rows.project_lists.push(entry);
    const report = (source: string, forms: number, targetTables: number) => ({
      source_file: source, sha256: fakeSha(source), bytes: (forms + targetTables) * 3000, lines: (forms + targetTables) * 60,
      forms, target_tables: targetTables, lines_consumed: (forms + targetTables) * 60, lines_unparsed: 0, status: 'ok', message: null,
      format: 'txt', layout: 'cell-per-line',
    });
    rows.ingest_report.push(report(file, drafts.length, 0));
    if (targetIndex > 0) rows.ingest_report.push(report(targetsFile, 0, targetIndex));
    await sink(rows);
  }
  return { evaluations: options.evaluations, seed: options.seed, anomaly_share: share, injections };
}
