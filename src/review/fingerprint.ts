/**
 * Fingerprints tie a reviewer's decision to the words it was made on. They hash the normalised text
 * of the provisions the evidence rests on (the whole document for an absent element), skipping each
 * provision's number and heading, so a decision survives renumbering and reformatting but goes
 * stale when the wording changes.
 */
import type { AnnotatedDocument } from '../annotate/types.js';
import type { Verdict } from '../judge/verdict.js';
import type { DocumentReport } from '../score/report.js';
import { sha256 } from './hash.js';

/** The little a fingerprint needs from a document, whether an AnnotatedDocument or a DocumentReport. */
export interface FingerprintSource {
  hash: string;
  source: string;
  text: string;
  provisions: Array<{ id: string; label: string; kind: string; start: number; end: number; bodyStart?: number }>;
}

export interface Fingerprint {
  /** One provision id, or several joined by '+' (in document order). */
  provisionId: string;
  textHash: string;
}

/** Case, width, quotes, dashes and spacing never change what a provision says. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function fingerprintSource(doc: AnnotatedDocument | DocumentReport | FingerprintSource): FingerprintSource {
  if ('document' in doc && 'sentences' in doc) {
    const { hash, source, text } = doc.document;
    return { hash, source, text, provisions: doc.provisions };
  }
  const d = doc as DocumentReport;
  if (d.text === undefined) throw new Error(`the report of ${d.source} carries no text (checked with --no-text): fingerprints need it`);
  return { hash: d.hash, source: d.source, text: d.text, provisions: d.provisions };
}

type ProvisionRef = FingerprintSource['provisions'][number];

function provisionText(src: FingerprintSource, p: ProvisionRef): string {
  return normaliseText(src.text.slice(p.bodyStart ?? p.start, p.end));
}

function rootOf(src: FingerprintSource): ProvisionRef {
  return src.provisions.find((p) => p.kind === 'document') ?? { id: 'document', label: 'Document', kind: 'document', start: 0, end: src.text.length };
}

/** The provisions a verdict rests on: those of its evidence, in document order; the root for absent. */
export function provisionsOf(verdict: Verdict, src: FingerprintSource): ProvisionRef[] {
  if (verdict.status === 'absent' || verdict.evidence.length === 0) return [rootOf(src)];
  const ids = new Set(verdict.evidence.map((e) => e.provisionId));
  const found = src.provisions.filter((p) => ids.has(p.id));
  return found.length ? found : [rootOf(src)];
}

export function hashProvisions(src: FingerprintSource, provisions: ProvisionRef[]): string {
  return sha256(provisions.map((p) => provisionText(src, p)).join('\n'));
}

export function fingerprintOf(verdict: Verdict, doc: AnnotatedDocument | DocumentReport | FingerprintSource): Fingerprint {
  const src = fingerprintSource(doc);
  const provisions = provisionsOf(verdict, src);
  return { provisionId: provisions.map((p) => p.id).join('+'), textHash: hashProvisions(src, provisions) };
}

/** Hash of one provision's normalised text: SARIF uses it so a result keeps its identity across runs. */
export function provisionHash(src: FingerprintSource, provisionId: string): string | undefined {
  const p = src.provisions.find((q) => q.id === provisionId);
  return p ? sha256(provisionText(src, p)) : undefined;
}

export type FingerprintCheck =
  | { fresh: true; provisionId: string }
  | { fresh: false; why: string };

/**
 * Does the text still say what it said when the decision was made? The listed provisions are looked up
 * by id; a single provision that moved (renumbered) is found again by its content.
 */
export function checkFingerprint(fp: Fingerprint, src: FingerprintSource): FingerprintCheck {
  const ids = fp.provisionId.split('+');
  const rootId = rootOf(src).id;
  const found = ids.map((id) => (id === rootId || id === 'document' ? rootOf(src) : src.provisions.find((p) => p.id === id)));
  if (found.every(Boolean) && hashProvisions(src, found as ProvisionRef[]) === fp.textHash) return { fresh: true, provisionId: fp.provisionId };
  if (ids.length === 1) {
    const moved = src.provisions.find((p) => p.kind !== 'document' && sha256(provisionText(src, p)) === fp.textHash);
    if (moved) return { fresh: true, provisionId: moved.id };
  }
  const missing = ids.filter((_, i) => !found[i]);
  if (missing.length) return { fresh: false, why: `provision ${missing.join(', ')} is no longer in the text` };
  const labels = (found as ProvisionRef[]).map((p) => (p.kind === 'document' ? 'the document' : p.label)).join(', ');
  return { fresh: false, why: `the text of ${labels} changed since the decision` };
}
