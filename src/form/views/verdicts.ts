/** The elements with their status, flags and filters; opening one shows its detail and its evidence. */
import type { Verdict } from '../../judge/verdict.js';
import { phaseLabel, STATUS_WORD } from '../../report/shared.js';
import { elementStatuses } from '../../rules/pack-schema.js';
import { h } from '../dom.js';
import { matchesFilter, phasesOf, type VerdictFilter } from '../filter.js';

export interface VerdictsOptions {
  id: string;
  verdicts: Verdict[];
  filter: VerdictFilter;
  selected?: string;
  onFilter(filter: VerdictFilter): void;
  onSelect(element: string | undefined): void;
  /** Builds the opened element's detail. */
  detail(verdict: Verdict): HTMLElement;
}

export function verdictsView(o: VerdictsOptions): HTMLElement {
  const count = h('p', { className: 'blc-count', 'aria-live': 'polite' });
  const items = o.verdicts.map((v) => item(v, o));
  const apply = (f: VerdictFilter) => {
    let shown = 0;
    o.verdicts.forEach((v, i) => {
      const visible = matchesFilter(v, f);
      items[i].hidden = !visible;
      if (visible) shown += 1;
    });
    count.textContent = `${shown} of ${o.verdicts.length} elements shown`;
  };
  apply(o.filter);
  return h('section', { className: 'blc-verdicts', 'aria-labelledby': `${o.id}-v-h` },
    h('h2', { id: `${o.id}-v-h` }, 'Elements'),
    filters(o, (f) => {
      apply(f);
      o.onFilter(f);
    }),
    count,
    h('ul', { className: 'blc-list' }, ...items));
}

function filters(o: VerdictsOptions, onChange: (f: VerdictFilter) => void): HTMLElement {
  const f = { ...o.filter };
  const status = h('select', { id: `${o.id}-f-status` }, h('option', { value: '' }, 'any'), ...elementStatuses.map((s) => h('option', { value: s, selected: f.status === s }, STATUS_WORD[s])));
  const phase = h('select', { id: `${o.id}-f-phase` }, h('option', { value: '' }, 'all'), ...phasesOf(o.verdicts).map((p) => h('option', { value: p, selected: f.phase === p }, phaseLabel(p))));
  const review = h('input', { type: 'checkbox', id: `${o.id}-f-review`, checked: Boolean(f.needsReviewOnly) });
  const words = h('input', { type: 'search', id: `${o.id}-f-words`, value: f.words ?? '' });
  const update = () => onChange(Object.assign(f, { status: status.value, phase: phase.value, needsReviewOnly: review.checked, words: words.value }));
  for (const el of [status, phase, review]) el.addEventListener('change', update);
  words.addEventListener('input', update);
  return h('div', { className: 'blc-filters', role: 'group', 'aria-label': 'Filter elements' },
    h('div', { className: 'blc-field' }, h('label', { for: status.id }, 'Status'), status),
    h('div', { className: 'blc-field' }, h('label', { for: phase.id }, 'Phase'), phase),
    h('div', { className: 'blc-field' }, h('label', { for: words.id }, 'Search'), words),
    h('div', { className: 'blc-check' }, review, h('label', { for: review.id }, 'Needs review only')));
}

function item(v: Verdict, o: VerdictsOptions): HTMLLIElement {
  const open = v.element === o.selected;
  const detailId = `${o.id}-${v.element}-detail`;
  const head = h('button', { type: 'button', className: 'blc-head', 'aria-expanded': String(open), 'aria-controls': detailId, onclick: () => o.onSelect(open ? undefined : v.element) },
    h('span', { className: `blc-badge blc-${v.status}` }, STATUS_WORD[v.status]),
    h('span', { className: 'blc-title' }, v.title),
    h('span', { className: 'blc-tags' },
      h('span', { className: 'blc-phase', title: phaseLabel(v.phase) }, v.phase.charAt(0)),
      v.needsReview ? h('span', { className: 'blc-flag' }, 'Needs review') : null,
      v.decision ? h('span', { className: 'blc-reviewed' }, 'Reviewed') : null));
  const li = h('li', { className: 'blc-verdict', 'data-element': v.element, 'data-status': v.status, 'data-needs-review': String(v.needsReview) }, head);
  if (open) {
    const detail = o.detail(v);
    detail.id = detailId;
    li.appendChild(detail);
    li.classList.add('blc-open');
  }
  return li;
}
