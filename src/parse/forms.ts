/**
 * The form model: what the parser reads out of a document before any value is
 * normalized. Every field is a raw cell (text as printed + the line it is on),
 * so that normalization and every later figure can point back to the source.
 * Pure data: no Node or DOM types, the same in the CLI and a browser worker.
 */

/** A cell as printed (trimmed, inner line breaks of a split cell joined with '\n') and the line it starts on. */
export interface Cell {
  readonly text: string;
  readonly line: number;
}

/** The 年度资金总额 row of a self-evaluation's funds block. */
export interface FundsRow {
  budgetInitial: Cell | null; // 年初预算数
  budgetFullYear: Cell | null; // 全年预算数 (A)
  executed: Cell | null; // 全年执行数 (B)
  weight: Cell | null; // 分值
  rate: Cell | null; // 执行率
  score: Cell | null; // 得分
}

/** One 三级指标 row of a self-evaluation. */
export interface IndicatorRow {
  level1: Cell | null; // 一级指标 as printed (null when the cell is blank and could not be carried down)
  level2: Cell | null; // 二级指标 as printed
  name: Cell; // 三级指标
  target: Cell | null; // 年度指标值
  actual: Cell | null; // 实际完成值
  weight: Cell | null; // 分值
  score: Cell | null; // 得分
  deviationNote: Cell | null; // 偏差原因分析及改进措施
  warnings: string[]; // e.g. 'level1_inferred'
}

/** The head both kinds of form have. */
export interface FormHead {
  formIndex: number; // 1-based order among the file's forms of its kind
  lineStart: number;
  lineEnd: number;
  year: Cell | null; // the text stating the fiscal year that applies (form heading, else document heading)
  project: Cell | null; // 项目名称 cell; null when the form has none (OCR lost it)
  department: Cell | null; // 主管部门 / 主管部门及代码 cell, code prefix included as printed (`[009]淮南市人民政府办公室`)
  implementingUnit: Cell | null; // 实施单位 cell
  /** What the form evaluates: one project (项目支出), or a department's whole spending (部门整体支出). */
  scope: 'project' | 'department';
}

/** One 项目支出绩效自评表. */
export interface SelfEvaluationForm extends FormHead {
  funds: FundsRow;
  /** The funds header states its amounts in 元 (normalization converts them to 万元). */
  amountsInYuan: boolean;
  goalExpected: Cell | null; // 年度总体目标: 预期目标
  goalActual: Cell | null; // 年度总体目标: 实际完成情况
  indicators: IndicatorRow[]; // placeholder rows (`指标1：`, `……`, `此项目不涉及` with no values) are not indicators
  totalWeight: Cell | null; // 总分 分值
  totalScore: Cell | null; // 总分 得分
  grade: Cell | null; // 评分等级
  warnings: string[]; // data-quality codes, e.g. 'budget_cell_missing'
}

/** One indicator row of a 项目支出绩效目标表. */
export interface TargetIndicatorRow {
  level1: Cell | null;
  level2: Cell | null;
  name: Cell;
  target: Cell | null;
  warnings: string[];
}

/** One 项目支出绩效目标表 (targets only). */
export interface TargetTableForm extends FormHead {
  projectSource: Cell | null; // 项目来源
  projectPeriod: Cell | null; // 项目期
  budgetTotal: Cell | null; // 年度资金总额
  budgetFiscal: Cell | null; // 其中：财政拨款
  budgetOther: Cell | null; // 其他资金
  amountsInYuan: boolean;
  goal: Cell | null; // 年度目标
  indicators: TargetIndicatorRow[];
  warnings: string[];
}

/** One entry of a list (清单) at the head of a document. */
export interface ProjectListEntry {
  listKind: 'self_evaluation' | 'target';
  seq: number;
  project: Cell;
  amount: Cell | null; // 预算金额 where the list gives one
}

/** A non-blank line that no record consumed, and why. */
export interface UnparsedLine {
  line: number;
  text: string;
  reason: string;
}

/** What one layout parser reads from a run of lines. */
export interface LayoutResult {
  selfEvaluations: SelfEvaluationForm[];
  targetTables: TargetTableForm[];
  projectLists: ProjectListEntry[];
  unparsed: UnparsedLine[];
  /** Lines consumed into a record or recognised as structure (headings, labels, narrative blocks). */
  consumed: number[];
}

/** Everything the parser reads from one document. */
export interface ParsedDocument extends LayoutResult {
  sourceFile: string;
  /** Which layout parser read the document, e.g. 'cell-per-line' or 'row-per-line'. */
  layout: string;
  /** Document-level headings that state a year or an agency (for year/region when a form lacks them). */
  headings: Cell[];
}
