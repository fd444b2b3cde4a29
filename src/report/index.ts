/** The reports: progress series and charts, and the journal exports. */
export type { ReportStyle } from './style.js';
export { plain } from './style.js';
export type { ProgressPoint, ProgressSeries, SeriesOptions } from './progress-series.js';
export { progressSeries, seriesToJson } from './progress-series.js';
export type { ChartOptions } from './chart-terminal.js';
export { renderChart, renderCharts } from './chart-terminal.js';
export type { SvgOptions } from './chart-svg.js';
export { renderSvgChart } from './chart-svg.js';
export { exportMarkdown, entryMarkdown } from './export-markdown.js';
export { exportCsv, CSV_COLUMNS, excelStyle, RFC4180 } from './export-csv.js';
export type { CsvStyle } from './export-csv.js';
export { progressCsv } from './progress-csv.js';
export { overviewRows, trendText, changeText } from './progress-overview.js';
export type { OverviewRow } from './progress-overview.js';
export type { HtmlOptions } from './export-html.js';
export { exportHtml, entryHtml } from './export-html.js';
export { leerverslag, leerverslagen, isIntervision, INTERVISION_SET } from './leerverslag.js';
