import { Packer } from 'docx';
import { renderPng } from '../charts/exportChart';
import type { SqlConnection } from '../db/connection';
import type { Filters } from '../query/filters';
import type { RuleSettings } from '../rules/settings';
import { reportCharts } from './reportCharts';
import { loadReportData } from './reportData';
import { reportDocument } from './reportDocument';
import { reportQueries } from './reportQueries';
import { sourceAppendix } from './sourceAppendix';

/**
 * The review report (.docx) for the filters and rule settings in force, written in the page:
 * the report's queries on the views' connection, the charts drawn by the app's PNG export,
 * the cited forms' source lines fetched beside the app.
 */
export async function buildReport(conn: SqlConnection, filters: Filters, settings: RuleSettings, filterSummary: string, now: Date): Promise<Blob> {
  const data = await loadReportData(conn, reportQueries(filters, settings));
  const charts = reportCharts(data).map((chart) => ({
    chart,
    png: renderPng(chart.option, { title: chart.title, filterSummary, width: chart.width, height: chart.height }),
  }));
  const appendix = await sourceAppendix(data.citedForms);
  return Packer.toBlob(reportDocument({ data, settings, filterSummary, charts, appendix, generatedAt: now }));
}
