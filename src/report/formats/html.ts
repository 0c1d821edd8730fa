/**
 * One self-contained HTML file: inline style and script, a strict CSP, no network. Coverage charts,
 * filters, every verdict expandable to its evidence in context, and a heat map across documents.
 * All document text is escaped (html/escape.ts); the script reads only data-* attributes.
 */
import type { Report } from '../../score/report.js';
import { LEVEL_WORD, oneLine, phaseLabel, STATUS_WORD, type RenderOptions } from '../shared.js';
import { CSP, CSS, SCRIPT } from '../html/assets.js';
import { corpusView } from '../html/corpus.js';
import { documentSection } from '../html/document.js';
import { esc } from '../html/escape.js';

const STATUSES = ['addressed', 'weak', 'contradicted', 'absent'] as const;
const LEVELS = ['core', 'core-current', 'good-practice'] as const;

function filterBar(report: Report): string {
  const phases = [...new Set(report.documents.flatMap((d) => d.elements.map((v) => v.phase)))].sort();
  const boxes = STATUSES.map((s) => `<label><input type="checkbox" name="status" value="${s}" checked> <span class="key s-${s}">${STATUS_WORD[s]}</span></label>`).join('');
  const phaseOpts = phases.map((p) => `<option value="${esc(p)}">${esc(phaseLabel(p))}</option>`).join('');
  const levelOpts = LEVELS.map((l) => `<option value="${l}">${esc(LEVEL_WORD[l])}</option>`).join('');
  return `<form class="filters" id="filters" role="search" aria-label="Filter verdicts">` +
    `<fieldset><legend>Status</legend>${boxes}</fieldset>` +
    `<span><label for="f-phase">Phase</label> <select id="f-phase" name="phase"><option value="">all</option>${phaseOpts}</select></span>` +
    `<span><label for="f-level">Level</label> <select id="f-level" name="level"><option value="">all</option>${levelOpts}</select></span>` +
    `<label><input type="checkbox" name="review"> Needs review only</label>` +
    `<span><label for="f-q">Search</label> <input type="search" id="f-q" name="q" placeholder="element or title"></span>` +
    `<button type="button" id="expand">Expand all</button><button type="button" id="collapse">Collapse all</button>` +
    `<span id="shown" role="status" aria-live="polite"></span></form>`;
}

function failures(report: Report): string {
  if (!report.failures.length) return '';
  const items = report.failures.map((f) => `<li><strong>${esc(f.source)}</strong>: <code>${esc(f.code)}</code> ${esc(oneLine(f.message))}</li>`).join('');
  return `<section class="document" aria-labelledby="failures-h"><h2 id="failures-h">Files that could not be checked</h2><ul>${items}</ul></section>`;
}

export function renderHtml(report: Report, options: RenderOptions = {}): string {
  const title = options.title ?? (report.documents.length === 1 ? `bla-check: ${report.documents[0].source}` : 'bla-check report');
  const docs = report.documents.map((d, i) => documentSection(d, i, options)).join('');
  const pack = `${report.pack.id} ${report.pack.version} · ${report.pack.elements} elements${report.pack.tags?.length ? ` · tags ${report.pack.tags.join(', ')}` : ''}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="bla-check ${esc(report.tool.version)}">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="top"><h1>${esc(title)}</h1><p>Pack ${esc(pack)} · ${report.documents.length} document(s) checked${report.failures.length ? `, ${report.failures.length} failed` : ''}</p></header>
<main>
${filterBar(report)}
${report.documents.length > 1 ? corpusView(report) : ''}
${docs}
${failures(report)}
</main>
<footer>bla-check ${esc(report.tool.version)} · report schema ${esc(report.schemaVersion)} · statuses: addressed, the text settles the element; weak, it only touches it; contradicted, it runs against it; absent, it is silent.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
