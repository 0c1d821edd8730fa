/** Words, ordering and small look-ups that every human-readable format shares. */
import type { Evidence, Verdict } from '../judge/verdict.js';
import type { Pack, Element, ElementStatus } from '../rules/pack-schema.js';
import type { Coverage, DocumentReport } from '../score/report.js';

export interface RenderOptions {
  /** The pack the report was made with: its questions and guidance enrich md, html and sarif. */
  pack?: Pack;
  /** Title shown at the top of md and html reports. */
  title?: string;
}

export const STATUS_ORDER: ElementStatus[] = ['contradicted', 'absent', 'weak', 'addressed'];

export const STATUS_WORD: Record<ElementStatus, string> = {
  addressed: 'Addressed',
  weak: 'Weak',
  contradicted: 'Contradicted',
  absent: 'Absent',
};

export const STATUS_ICON: Record<ElementStatus, string> = {
  addressed: '✅',
  weak: '⚠️',
  contradicted: '❌',
  absent: '⬜',
};

export const LEVEL_WORD: Record<Verdict['level'], string> = {
  core: 'core',
  'core-current': 'core (current guidance)',
  'good-practice': 'good practice',
};

export const REASON_WORD: Record<Verdict['reasons'][number], string> = {
  'unreadable-pages': 'some pages could not be read',
  'conflicting-evidence': 'conflicting evidence',
  'only-hedged': 'only hedged wording',
  'only-preamble': 'only in the preamble or definitions',
  'only-conditioned': 'left to national law or conditioned',
  'unsupported-language': 'language without lexicon (exact words only)',
  'decision-stale': "a reviewer's decision no longer matches the text",
};

/** "A-pre-departure-recruitment" → "A · Pre-departure recruitment"; other ids are capitalised. */
export function phaseLabel(phase: string): string {
  const m = /^([A-Z])-(.+)$/.exec(phase);
  const words = (m ? m[2] : phase).replace(/-/g, ' ');
  const nice = words.charAt(0).toUpperCase() + words.slice(1);
  return m ? `${m[1]} · ${nice}` : nice;
}

export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** "62%" or "62% (55–70%)" when needs-review items make the score a range. */
export function scoreText(c: Coverage): string {
  const lo = Math.round(c.min * 100);
  const hi = Math.round(c.max * 100);
  return lo === hi ? percent(c.score) : `${percent(c.score)} (${lo}–${hi}%)`;
}

/** Phases in the order they first appear in the pack or the verdicts (the pack lists them A..H). */
export function phasesOf(doc: DocumentReport): string[] {
  const seen: string[] = [];
  for (const v of doc.elements) if (!seen.includes(v.phase)) seen.push(v.phase);
  return seen.sort((a, b) => a.localeCompare(b));
}

export function byPhase(doc: DocumentReport): Array<{ phase: string; verdicts: Verdict[] }> {
  return phasesOf(doc).map((phase) => ({ phase, verdicts: doc.elements.filter((v) => v.phase === phase) }));
}

/** "Article 7(2), p. 3" */
export function whereText(e: Pick<Evidence, 'label' | 'page'>): string {
  return `${e.label}, p. ${e.page}`;
}

/** Quotes stay on one line in tables and lists. */
export function oneLine(text: string, max = 400): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function elementMeta(pack: Pack | undefined, id: string): Element | undefined {
  return pack?.elements.find((e) => e.id === id);
}

export function reviewText(v: Verdict): string {
  return v.reasons.map((r) => REASON_WORD[r] ?? r).join('; ');
}

export function unreadablePages(doc: DocumentReport): number[] {
  return doc.pages.filter((p) => !p.textLayer || p.likelyScanned || p.encrypted).map((p) => p.number);
}
