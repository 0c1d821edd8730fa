/**
 * One element opened: what the pack asks, why the machine decided as it did (evidence with the words
 * that fired, or what it searched and the closest provisions), and the reviewer's decision.
 */
import type { Evidence, Verdict } from '../../judge/verdict.js';
import { REASON_WORD, STATUS_WORD } from '../../report/shared.js';
import { elementStatuses, type Element, type ElementStatus } from '../../rules/pack-schema.js';
import { h } from '../dom.js';
import type { DecisionInput } from '../reviewed.js';
import type { Target } from './document-pane.js';

export interface DetailOptions {
  id: string;
  verdict: Verdict;
  /** The machine's status (before any decision). */
  machineStatus: ElementStatus;
  element?: Element;
  reviewer: string;
  onShow(target: Target): void;
  onDecide(input: DecisionInput): string | undefined;
  onWithdraw(element: string): void;
}

export function detailView(o: DetailOptions): HTMLElement {
  const v = o.verdict;
  return h('div', { className: 'blc-detail', id: `${o.id}-detail` },
    o.element?.question ? h('p', { className: 'blc-question' }, o.element.question) : null,
    v.needsReview && v.reasons.length ? h('p', { className: 'blc-why' }, h('strong', {}, 'Needs review: '), v.reasons.map((r) => REASON_WORD[r]).join('; '), '.') : null,
    v.decision ? decisionNote(v) : null,
    v.evidence.length ? evidenceList(v.evidence, o) : absenceNote(v, o),
    o.element?.guidance ? h('details', { className: 'blc-guidance' }, h('summary', {}, 'What a complete provision settles'), h('p', {}, o.element.guidance)) : null,
    decisionForm(o));
}

function decisionNote(v: Verdict): HTMLElement {
  const d = v.decision!;
  const changed = d.status !== d.machineStatus ? `${STATUS_WORD[d.status]} (the machine said ${STATUS_WORD[d.machineStatus].toLowerCase()})` : `${STATUS_WORD[d.status]}, as the machine said`;
  return h('p', { className: 'blc-decided-note' }, h('strong', {}, 'Reviewed: '), `${changed}, by ${d.reviewer} on ${d.date}. Reason: ${d.reason}`);
}

function evidenceList(list: Evidence[], o: DetailOptions): HTMLElement {
  return h('div', {},
    h('h4', {}, `Evidence (${list.length})`),
    h('ol', { className: 'blc-evidence' }, ...list.map((e, i) => h('li', {},
      h('button', { type: 'button', className: 'blc-show', onclick: () => o.onShow(e) }, `Show ${e.label}${e.page ? `, page ${e.page}` : ''} in the text`),
      h('blockquote', {}, ...quoteWithMatches(e)),
      h('p', { className: 'blc-meta' }, `Supports ${e.supports} · ${e.force}${e.polarity === 'negated' ? ', negated' : ''}${e.bearer ? ` · bearer: ${e.bearer}` : ''} · concepts: ${e.concepts.join(', ')}`, i === 0 ? ' · strongest' : '')))));
}

/** The quote with the matched words as <mark>, from offsets into the document text. */
function quoteWithMatches(e: Evidence): Node[] {
  const out: Node[] = [];
  let at = e.start;
  const ranges = [...e.matches].sort((a, b) => a.start - b.start);
  for (const m of ranges) {
    const s = Math.max(m.start, at);
    const end = Math.min(m.end, e.end);
    if (end <= s) continue;
    if (s > at) out.push(document.createTextNode(e.quote.slice(at - e.start, s - e.start)));
    out.push(h('mark', { className: 'blc-match' }, e.quote.slice(s - e.start, end - e.start)));
    at = end;
  }
  if (at < e.end) out.push(document.createTextNode(e.quote.slice(at - e.start)));
  return out;
}

function absenceNote(v: Verdict, o: DetailOptions): HTMLElement {
  const near = v.nearMisses ?? [];
  return h('div', {},
    h('h4', {}, 'No evidence'),
    v.searched ? h('p', { className: 'blc-meta' }, `Searched ${v.searched.scopes.join(', ') || 'the text'} for: ${v.searched.concepts.join(', ')}.`) : null,
    near.length ? h('p', {}, 'Closest provisions, to check by reading:') : null,
    near.length ? h('ul', { className: 'blc-near' }, ...near.map((n) => h('li', {},
      h('button', { type: 'button', className: 'blc-show', onclick: () => o.onShow({ provisionId: n.provisionId }) }, `Show ${n.label}, page ${n.page}`),
      h('span', { className: 'blc-excerpt' }, ` ${n.excerpt}`)))) : null);
}

function decisionForm(o: DetailOptions): HTMLElement {
  const id = o.id;
  const current = o.verdict.decision;
  const status = h('select', { id: `${id}-status` }, ...elementStatuses.map((s) => h('option', { value: s, selected: s === (current?.status ?? o.machineStatus) }, STATUS_WORD[s])));
  const reason = h('textarea', { id: `${id}-reason`, rows: 2 });
  reason.value = current?.reason ?? '';
  const reviewer = h('input', { type: 'text', id: `${id}-reviewer`, autocomplete: 'name' });
  reviewer.value = current?.reviewer ?? o.reviewer;
  const message = h('p', { className: 'blc-form-message', role: 'alert' });
  const submit = (s: ElementStatus, why: string) => {
    message.textContent = o.onDecide({ element: o.verdict.element, status: s, reason: why, reviewer: reviewer.value.trim() }) ?? '';
  };
  const save = () => submit(status.value as ElementStatus, reason.value.trim());
  const accept = () => submit(o.machineStatus, reason.value.trim() || 'Checked against the text: the verdict stands.');
  return h('form', { className: 'blc-decision', onsubmit: (e: Event) => { e.preventDefault(); save(); } },
    h('fieldset', {},
      h('legend', {}, 'Your decision'),
      h('div', { className: 'blc-decision-grid' },
        h('div', { className: 'blc-field' }, h('label', { for: status.id }, 'Status'), status),
        h('div', { className: 'blc-field' }, h('label', { for: reviewer.id }, 'Reviewer'), reviewer),
        h('div', { className: 'blc-field blc-wide' }, h('label', { for: reason.id }, 'Reason'), reason)),
      h('div', { className: 'blc-actions' },
        h('button', { type: 'submit', className: 'blc-primary' }, 'Save decision'),
        h('button', { type: 'button', onclick: accept }, `Accept: ${STATUS_WORD[o.machineStatus].toLowerCase()}`),
        current ? h('button', { type: 'button', className: 'blc-link', onclick: () => o.onWithdraw(o.verdict.element) }, 'Withdraw decision') : null),
      message));
}
