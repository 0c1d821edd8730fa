/** The report as is: the versioned, schema-checked result that scripts consume. */
import type { Report } from '../../score/report.js';

export function renderJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
