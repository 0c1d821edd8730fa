/**
 * mountReviewForm: the review form inside any element of a host page. The document is read and checked
 * by a worker in this browser; decisions stay in this browser (localStorage, per document hash) until
 * the reviewer exports them as the decisions file the CLI reads.
 */
import { render } from '../report/index.js';
import type { Decisions } from '../review/index.js';
import { emptyDecisions, parseDecisions } from '../review/index.js';
import type { Pack } from '../rules/pack-schema.js';
import type { Report } from '../score/report.js';
import { CheckFailure, createChecker, type Progress } from './client.js';
import { loadDecisions, loadReviewer, mergeDecisions, saveDecisions, saveReviewer, withoutDecision, decisionsFileText, type DecisionStorage } from './decisions-store.js';
import { clear, h, idPrefix } from './dom.js';
import { baseName, download } from './download.js';
import type { VerdictFilter } from './filter.js';
import type { PackChoice } from './protocol.js';
import { decide, reviewReport } from './reviewed.js';
import { FORM_CSS } from './styles.js';
import { detailView } from './views/detail.js';
import { documentPane, type DocumentPane, type Target } from './views/document-pane.js';
import { inputView, type DocumentInput } from './views/input.js';
import { resultsHeader } from './views/results-header.js';
import { needReview, summaryView } from './views/summary.js';
import { verdictsView } from './views/verdicts.js';

export interface ReviewFormOptions {
  /** Called with the report (decisions applied) after each check and each decision. */
  onResult?(report: Report): void;
  /** The pack preselected: a built-in id (default 'ilo-bla') or a pack file's name and text. */
  pack?: string | { name: string; text: string };
  /** URL of worker.js; default: worker.js next to the page. */
  workerUrl?: string | URL;
  /** URL of pdf.worker.mjs; default: next to worker.js. */
  pdfWorkerUrl?: string | URL;
  /** Where decisions are kept; default localStorage. */
  storage?: DecisionStorage;
  /** Set false when the host page styles the form itself. */
  styles?: boolean;
}

export interface ReviewForm {
  /** Check a document as if the reviewer had picked it. */
  check(source: string, data: Uint8Array | string): Promise<void>;
  /** The report as shown (decisions applied), once a check is done. */
  readonly report: Report | undefined;
  destroy(): void;
}

interface State {
  machine?: Report;
  pack?: Pack;
  decisions: Decisions;
  filter: VerdictFilter;
  selected?: string;
  input?: DocumentInput;
}

function memoryStorage(): DecisionStorage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

function defaultStorage(): DecisionStorage {
  try {
    return window.localStorage;
  } catch {
    return memoryStorage(); // storage disabled: decisions last until the tab closes
  }
}

function injectStyles(root: HTMLElement): void {
  const doc = root.ownerDocument;
  if (doc.getElementById('bla-check-form-css')) return;
  doc.head.appendChild(h('style', { id: 'bla-check-form-css' }, FORM_CSS));
}

export function mountReviewForm(root: HTMLElement, options: ReviewFormOptions = {}): ReviewForm {
  if (options.styles !== false) injectStyles(root);
  const id = idPrefix();
  const storage = options.storage ?? defaultStorage();
  const workerUrl = new URL(options.workerUrl ?? 'worker.js', document.baseURI).href;
  const pdfWorkerUrl = new URL(options.pdfWorkerUrl ?? 'pdf.worker.mjs', workerUrl).href;
  const checker = createChecker(workerUrl, pdfWorkerUrl);
  checker.warm();
  const state: State = { decisions: emptyDecisions(), filter: {} };
  const initialPack: PackChoice | undefined = typeof options.pack === 'string' ? { builtin: options.pack } : options.pack;

  const status = h('p', { className: 'blc-status-text' });
  const bar = h('progress', { className: 'blc-progress-bar', hidden: true, 'aria-hidden': 'true' });
  const progressRegion = h('div', { className: 'blc-progress', role: 'status', 'aria-live': 'polite' }, status, bar);
  const results = h('div', { className: 'blc-results', hidden: true });
  const input = inputView({ id, pack: initialPack, onDocument: (d) => void run(d), onRecheck: () => state.input && void run(state.input) });
  const form = h('div', { className: 'blc-form' }, input.element, progressRegion, results);
  root.appendChild(form);
  let pane: DocumentPane | undefined;
  let verdictsSlot = h('div');

  function say(text: string, p?: Progress): void {
    status.textContent = text;
    bar.hidden = !p;
    if (p?.pages) {
      bar.max = p.pages;
      bar.value = p.page ?? 0;
    } else bar.removeAttribute('value');
  }

  async function run(doc: DocumentInput): Promise<void> {
    state.input = doc;
    say(`Reading ${doc.source}…`, { stage: 'reading' });
    try {
      const { report, pack } = await checker.check({ source: doc.source, data: await doc.read(), pack: input.pack(), tags: input.tags() }, (p) => say(progressText(doc.source, p), p));
      const hash = report.documents[0].hash;
      Object.assign(state, { machine: report, pack, decisions: loadDecisions(storage, hash), selected: undefined });
      input.setLoaded(true);
      showResults();
      const d = shown()!.documents[0];
      say(`Checked ${doc.source}: ${d.elements.length} elements, ${needReview(d.scores.overall.counts.needsReview)}.`);
    } catch (err) {
      if (err instanceof CheckFailure && err.code === 'CANCELLED') return;
      const code = err instanceof CheckFailure ? ` (${err.code})` : '';
      say(`Could not check ${doc.source}${code}: ${(err as Error).message}`);
    }
  }

  const shown = (): Report | undefined => (state.machine ? reviewReport(state.machine, state.decisions) : undefined);

  function showResults(): void {
    const report = shown()!;
    const doc = report.documents[0];
    clear(results);
    pane = documentPane(doc, id);
    verdictsSlot = h('div', { className: 'blc-verdicts-slot' });
    results.append(resultsHeader(doc, state.decisions.decisions.length, id, headerActions()), summaryView(doc, id), h('div', { className: 'blc-workspace' }, verdictsSlot, pane.element));
    results.hidden = false;
    renderVerdicts();
    options.onResult?.(report);
  }

  function renderVerdicts(focusSelected = false): void {
    const report = shown()!;
    const doc = report.documents[0];
    const machineDoc = state.machine!.documents[0];
    const view = verdictsView({
      id, verdicts: doc.elements, filter: state.filter, selected: state.selected,
      onFilter: (f) => void (state.filter = f),
      onSelect: (element) => select(element),
      detail: (v) => detailView({
        id: `${id}-${v.element}`, verdict: v,
        machineStatus: machineDoc.elements.find((m) => m.element === v.element)?.status ?? v.status,
        element: state.pack?.elements.find((e) => e.id === v.element),
        reviewer: loadReviewer(storage),
        onShow: (t) => pane?.show(t, true),
        onDecide: (d) => record(d),
        onWithdraw: (element) => changeDecisions(withoutDecision(state.decisions, element, doc.hash), `Decision on ${element} withdrawn.`),
      }),
    });
    verdictsSlot.replaceChildren(view);
    if (focusSelected && state.selected) view.querySelector<HTMLElement>(`li[data-element="${CSS.escape(state.selected)}"] .blc-head`)?.focus();
  }

  function select(element: string | undefined): void {
    state.selected = element;
    renderVerdicts(true);
    const v = element ? shown()!.documents[0].elements.find((x) => x.element === element) : undefined;
    const target: Target | undefined = v?.evidence[0] ?? (v?.nearMisses?.[0] ? { provisionId: v.nearMisses[0].provisionId } : undefined);
    if (target) pane?.show(target, false);
    else pane?.clearMarks();
  }

  function record(d: Parameters<typeof decide>[2]): string | undefined {
    if (!d.reason) return 'Give a reason for the decision.';
    if (!d.reviewer) return 'Give the reviewer’s name.';
    saveReviewer(storage, d.reviewer);
    changeDecisions(decide(state.machine!.documents[0], state.decisions, d), `Decision on ${d.element} saved.`);
    return undefined;
  }

  function changeDecisions(next: Decisions, message: string): void {
    state.decisions = next;
    saveDecisions(storage, state.machine!.documents[0].hash, next);
    const selected = state.selected;
    showResults();
    state.selected = selected;
    renderVerdicts(true);
    say(message);
  }

  function headerActions() {
    const name = () => baseName(state.machine!.documents[0].source);
    return {
      exportDecisions: () => download(decisionsFileText(state.decisions), `${name()}.decisions.json`, 'application/json'),
      exportJson: () => download(render(shown()!, 'json'), `${name()}.bla-check.json`, 'application/json'),
      exportHtml: () => download(render(shown()!, 'html', { pack: state.pack, title: `bla-check: ${state.machine!.documents[0].source}` }), `${name()}.bla-check.html`, 'text/html'),
      importDecisions: async (file: File) => {
        try {
          const imported = parseDecisions(await file.text(), file.name);
          changeDecisions(mergeDecisions(state.decisions, imported), `${imported.decisions.length} decision${imported.decisions.length === 1 ? '' : 's'} imported from ${file.name}.`);
        } catch (err) {
          say(`Could not import ${file.name}: ${(err as Error).message}`);
        }
      },
    };
  }

  return {
    check: (source, data) => run({ source, read: async () => data }),
    get report() {
      return shown();
    },
    destroy() {
      checker.dispose();
      form.remove();
    },
  };
}

function progressText(source: string, p: Progress): string {
  if (p.stage === 'checking') return `Checking ${source} against the rule pack…`;
  return p.pages ? `Reading ${source}: page ${p.page} of ${p.pages}…` : `Reading ${source}…`;
}
