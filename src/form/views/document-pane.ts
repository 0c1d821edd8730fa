/**
 * The document text, cut into its provisions, each labelled as reviewers cite it. Showing evidence
 * outlines the provision, marks the quoted sentence and, inside it, the words that made the rule fire,
 * then scrolls there and moves focus there so a keyboard user lands on it too.
 */
import type { DocumentReport } from '../../score/report.js';
import { clear, h } from '../dom.js';
import { chunksOf, segmentsOf, type Chunk, type Mark } from '../text-layout.js';

export interface Target {
  provisionId: string;
  /** The quote, absent for a near miss (the provision alone is outlined). */
  start?: number;
  end?: number;
  matches?: Array<{ start: number; end: number }>;
}

export interface DocumentPane {
  element: HTMLElement;
  /** Outline and mark the target and scroll the pane to it; `focus` moves keyboard focus there too. */
  show(target: Target, focus: boolean): void;
  clearMarks(): void;
}

export function documentPane(doc: DocumentReport, id: string): DocumentPane {
  const text = doc.text ?? '';
  const chunks = chunksOf(text.length, doc.provisions);
  const nodes = chunks.map((c) => chunkNode(c, text));
  const body = h('div', { className: 'blc-text', id: `${id}-text`, tabindex: 0, 'aria-label': 'Document text' }, ...nodes);
  const element = h('section', { className: 'blc-doc', 'aria-labelledby': `${id}-doc-h` },
    h('h2', { id: `${id}-doc-h` }, 'Document text'),
    text ? body : h('p', {}, 'The report carries no document text.'));
  let touched: number[] = [];

  function clearMarks(): void {
    for (const i of touched) {
      nodes[i].classList.remove('blc-current', 'blc-first');
      fill(nodes[i], chunks[i], text, []);
    }
    touched = [];
  }

  function show(target: Target, focus: boolean): void {
    clearMarks();
    const provision = doc.provisions.find((p) => p.id === target.provisionId);
    if (!provision) return;
    const marks: Mark[] = [];
    if (target.start !== undefined && target.end !== undefined) marks.push({ start: target.start, end: target.end, kind: 'quote' });
    for (const m of target.matches ?? []) marks.push({ start: m.start, end: m.end, kind: 'match' });
    chunks.forEach((c, i) => {
      const inProvision = c.start < provision.end && c.end > provision.start;
      const marked = marks.some((m) => m.start < c.end && m.end > c.start);
      if (!inProvision && !marked) return;
      touched.push(i);
      if (inProvision) nodes[i].classList.add('blc-current');
      if (marked) fill(nodes[i], c, text, marks);
    });
    const first = nodes[touched.find((i) => nodes[i].querySelector('mark')) ?? touched[0]];
    if (!first) return;
    first.classList.add('blc-first');
    scrollWithin(body, first.querySelector('mark') ?? first);
    if (focus) first.focus({ preventScroll: true });
  }

  return { element, show, clearMarks };
}

/** Scroll only the pane, a third down, so the page itself (and the verdict list) stays where it is. */
function scrollWithin(pane: HTMLElement, target: Element): void {
  const offset = target.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  pane.scrollTop += offset - pane.clientHeight / 3;
}

function chunkNode(c: Chunk, text: string): HTMLElement {
  // Blank text after a provision's end would show as an empty line of its own.
  const gap = !c.opens && !text.slice(c.start, c.end).trim();
  const node = h('div', { className: `blc-chunk${c.opens ? ' blc-opens' : ''}${gap ? ' blc-gap' : ''}`, tabindex: -1 });
  if (c.provision) {
    node.dataset.provision = c.provision.id;
    if (c.opens) node.dataset.label = c.provision.label;
  }
  fill(node, c, text, []);
  return node;
}

function fill(node: HTMLElement, c: Chunk, text: string, marks: Mark[]): void {
  clear(node);
  if (c.opens && c.provision) node.appendChild(h('span', { className: 'blc-label' }, c.provision.label));
  for (const s of segmentsOf(c.start, c.end, marks)) {
    const words = text.slice(s.start, s.end);
    if (!s.kinds.length) node.appendChild(document.createTextNode(words));
    else node.appendChild(h('mark', { className: s.kinds.map((k) => `blc-${k}`).join(' ') }, words));
  }
}
