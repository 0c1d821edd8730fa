/**
 * Hand-made reports that parse with the Report schema: formats, review and CLI tests use them before
 * (and besides) real pipeline runs. Every quote is the exact slice of the text it points into.
 */
import { Report, REPORT_SCHEMA_VERSION, type DocumentReport, type Coverage } from '../../src/score/report.js';
import type { Verdict, Evidence } from '../../src/judge/verdict.js';
import { sha256 } from '../../src/review/hash.js';

export const SAMPLE_TEXT = [
  'AGREEMENT BETWEEN THE REPUBLIC OF ARDENIA AND THE KINGDOM OF BELMONT ON THE EMPLOYMENT OF WORKERS',
  '',
  'The Parties, desiring to protect the rights of migrant workers,',
  '',
  'Article 1 – Recruitment',
  '1. Recruitment costs shall be borne by the employer.',
  '2. No fee shall be charged to the worker by any agency.',
  '',
  'Article 2 – Contract',
  'The employer shall provide a written contract of employment in a language the worker understands.',
  '',
  'Article 3 – Equal treatment',
  'Workers may enjoy treatment no less favourable than nationals, subject to national law.',
  '',
  'Article 4 – Documents',
  "The employer may retain the worker's passport for safekeeping.",
  '',
  'Article 5 – Final provisions',
  'This Agreement shall enter into force on the date of signature.',
].join('\n');

type Prov = DocumentReport['provisions'][number];

/** Provisions located by their first words, so the offsets follow the text. */
function provisionsOf(text: string): Prov[] {
  const at = (s: string) => { const i = text.indexOf(s); if (i < 0) throw new Error(`not in text: ${s}`); return i; };
  const lineEnd = (i: number) => { const j = text.indexOf('\n', i); return j < 0 ? text.length : j; };
  const block = (id: string, label: string, kind: string, head: string, next?: string): Prov => {
    const start = at(head);
    const end = next ? at(next) - 1 : text.length;
    return { id, label, kind, start, end, bodyStart: kind === 'article' ? lineEnd(start) + 1 : start, pages: [1] };
  };
  return [
    { id: 'doc', label: 'Document', kind: 'document', start: 0, end: text.length, bodyStart: 0, pages: [1] },
    block('preamble', 'Preamble', 'preamble', 'The Parties', 'Article 1'),
    block('art_1', 'Article 1', 'article', 'Article 1', 'Article 2'),
    { ...block('art_1__para_1', 'Article 1(1)', 'paragraph', '1. Recruitment', '2. No fee'), pages: [1] },
    block('art_1__para_2', 'Article 1(2)', 'paragraph', '2. No fee', 'Article 2'),
    block('art_2', 'Article 2', 'article', 'Article 2', 'Article 3'),
    block('art_3', 'Article 3', 'article', 'Article 3', 'Article 4'),
    block('art_4', 'Article 4', 'article', 'Article 4', 'Article 5'),
    block('art_5', 'Article 5', 'article', 'Article 5'),
  ];
}

/** Evidence quoting the line that begins with `opening` (to its end), inside provision `provisionId`. */
export function evidenceFor(text: string, provisions: Prov[], provisionId: string, opening: string, extra: Partial<Evidence> = {}): Evidence {
  const start = text.indexOf(opening);
  if (start < 0) throw new Error(`not in text: ${opening}`);
  const lineEnd = text.indexOf('\n', start);
  const quote = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  const p = provisions.find((q) => q.id === provisionId)!;
  return {
    provisionId, label: p.label, page: p.pages[0], start, end: start + quote.length, quote,
    force: 'binding', polarity: 'affirmed', supports: 'addressed', checks: ['obligation'], concepts: [], matches: [], ...extra,
  };
}

function verdict(v: Partial<Verdict> & Pick<Verdict, 'element' | 'title' | 'phase' | 'level' | 'status'>): Verdict {
  return { needsReview: false, reasons: [], confidence: 0.9, evidence: [], trace: [], ...v };
}

function verdictsFor(text: string, provisions: Prov[]): Verdict[] {
  const ev = (id: string, q: string, extra: Partial<Evidence> = {}) => evidenceFor(text, provisions, id, q, extra);
  const fee = ev('art_1__para_1', 'Recruitment costs shall', { bearer: 'employer', concepts: ['costs-borne-by-employer'] });
  fee.matches = [{ concept: 'costs-borne-by-employer', start: fee.start, end: fee.start + 'Recruitment costs'.length, pattern: 'recruitment cost*' }];
  return [
    verdict({
      element: 'recruitment-fees-and-costs', title: 'No recruitment fees or related costs charged to workers', phase: 'A-pre-departure-recruitment', level: 'core', status: 'addressed', confidence: 0.95,
      evidence: [fee, ev('art_1__para_2', 'No fee shall be charged', { polarity: 'negated', checks: ['prohibition'], concepts: ['fee-charged-to-worker'] })],
      trace: [
        { path: 'addressed.any[0].obligation', kind: 'obligation', passed: true, detail: 'obligation on costs-borne-by-employer (binding): 1 sentence' },
        { path: 'addressed.any[1].prohibition', kind: 'prohibition', passed: true, detail: 'prohibition of fee-charged-to-worker: 1 sentence' },
        { path: 'contradicted.any[0].obligation', kind: 'obligation', passed: false, detail: 'obligation on fee-charged-to-worker (worker): 0 sentences' },
      ],
    }),
    verdict({
      element: 'written-contract', title: 'Written employment contract in a language the worker understands', phase: 'A-pre-departure-recruitment', level: 'core', status: 'addressed',
      evidence: [ev('art_2', 'The employer shall provide', { bearer: 'employer', concepts: ['written-contract'] })],
      trace: [{ path: 'addressed.all[0].obligation', kind: 'obligation', passed: true, detail: 'obligation on written-contract (binding): 1 sentence' }],
    }),
    verdict({
      element: 'equal-treatment', title: 'Equal treatment with nationals', phase: 'D-protection-rights', level: 'core', status: 'weak', needsReview: true, reasons: ['only-hedged', 'only-conditioned'], confidence: 0.55,
      evidence: [ev('art_3', 'Workers may enjoy', { force: 'permissive', supports: 'weak', concepts: ['equal-treatment'] })],
      trace: [{ path: 'addressed.any[0].obligation', kind: 'obligation', passed: false, detail: 'obligation on equal-treatment (binding): 0 sentences; 1 permissive' }],
    }),
    verdict({
      element: 'identity-documents', title: 'Workers keep their passports and identity documents', phase: 'D-protection-rights', level: 'core-current', status: 'contradicted', confidence: 0.8,
      evidence: [ev('art_4', 'The employer may retain', { force: 'permissive', supports: 'contradicted', bearer: 'employer', checks: ['obligation'], concepts: ['retain-passport'] })],
      trace: [{ path: 'contradicted.any[0].obligation', kind: 'obligation', passed: true, detail: 'obligation on retain-passport (employer, permissive): 1 sentence' }],
    }),
    verdict({
      element: 'social-security', title: 'Social security coverage and portability', phase: 'E-social-security', level: 'core', status: 'absent', confidence: 0.7,
      searched: { scopes: ['operative'], concepts: ['social-security', 'portability-of-benefits'] },
      nearMisses: [{ provisionId: 'art_3', label: 'Article 3', page: 1, score: 0.31, excerpt: 'Workers may enjoy treatment no less favourable than nationals' }],
      trace: [{ path: 'addressed.any[0].mentions', kind: 'mentions', passed: false, detail: 'mentions of social-security: 0 sentences' }],
    }),
    verdict({
      element: 'return-reintegration', title: 'Return and reintegration', phase: 'G-return-reintegration', level: 'good-practice', status: 'absent', confidence: 0.7,
      searched: { scopes: ['operative'], concepts: ['return', 'reintegration'] }, nearMisses: [],
    }),
    verdict({
      element: 'joint-committee', title: 'Joint committee to monitor implementation', phase: 'H-governance-implementation', level: 'core', status: 'absent', confidence: 0.7,
      searched: { scopes: ['operative', 'annex'], concepts: ['joint-committee'] },
    }),
  ];
}

const statuses = ['addressed', 'weak', 'contradicted', 'absent'] as const;

/** A plain score (weak counts half; needs-review items could go either way) good enough for fixtures. */
export function coverageOf(verdicts: Verdict[]): Coverage {
  const counts = { addressed: 0, weak: 0, contradicted: 0, absent: 0, needsReview: 0 };
  for (const v of verdicts) { counts[v.status]++; if (v.needsReview) counts.needsReview++; }
  const n = verdicts.length || 1;
  const score = (counts.addressed + counts.weak / 2) / n;
  const review = verdicts.filter((v) => v.needsReview).length / n;
  return { score, min: Math.max(0, score - review / 2), max: Math.min(1, score + review / 2), counts };
}

function groupScores(verdicts: Verdict[], key: 'phase' | 'level'): Record<string, Coverage> {
  const groups: Record<string, Verdict[]> = {};
  for (const v of verdicts) (groups[v[key]] ??= []).push(v);
  return Object.fromEntries(Object.entries(groups).map(([k, vs]) => [k, coverageOf(vs)]));
}

export function sampleDocument(overrides: { source?: string; text?: string; pages?: DocumentReport['pages'] } = {}): DocumentReport {
  const text = overrides.text ?? SAMPLE_TEXT;
  const provisions = provisionsOf(text);
  const elements = verdictsFor(text, provisions);
  void statuses;
  return {
    source: overrides.source ?? 'ardenia-belmont-2024.txt',
    format: 'text',
    hash: sha256(text),
    bytes: new TextEncoder().encode(text).length,
    language: 'en',
    pages: overrides.pages ?? [{ number: 1, textLayer: true, likelyScanned: false, encrypted: false, chars: text.length }],
    warnings: [],
    provisions,
    elements,
    scores: { overall: coverageOf(elements), byPhase: groupScores(elements, 'phase'), byLevel: groupScores(elements, 'level') },
    reviewed: false,
    staleDecisions: [],
    text,
  };
}

/** Plant hostile markup in the text: every format must keep it inert. */
export const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';

export function hostileDocument(): DocumentReport {
  const text = SAMPLE_TEXT.replace('borne by the employer.', `borne by the employer ${HOSTILE}.`).replace('by any agency.', `by any agency ${HOSTILE}.`).replace('The Parties,', `The Parties ${HOSTILE},`);
  return sampleDocument({ source: 'evil<b>"name".txt', text });
}

export function sampleReport(documents: DocumentReport[] = [sampleDocument()], failures: Report['failures'] = []): Report {
  return Report.parse({
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'bla-check', version: '0.1.0' },
    pack: { id: 'ilo-bla', version: '1.0.0', elements: 7 },
    documents,
    failures,
  });
}
