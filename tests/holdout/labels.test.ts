/**
 * The held-out set (tests/holdout/) is the truth the checker is measured against on unseen wording, so
 * its labels must be as checkable as the corpus ones: every element judged once, every quote found word
 * for word in its text, every cited provision present in the text as cited.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = 'tests/holdout';
const statuses = ['addressed', 'weak', 'contradicted', 'absent'];

interface Judgement { status: string; articles: string[]; quote: string; note?: string }
interface LabelFile { text: string; language: string; elements: Record<string, Judgement> }

const elementIds = (parse(readFileSync('../shared/spec/elements.yaml', 'utf8')) as Array<{ id: string }>).map((e) => e.id);
const ids = readdirSync(join(root, 'labels')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A quote is found when its pieces, as the guide allows "..." between them, appear in the text in order. */
function quoted(text: string, quote: string): boolean {
  const flat = squash(text);
  let from = 0;
  for (const piece of quote.split(/\s*(?:\.\.\.|…)\s*/).map(squash).filter(Boolean)) {
    const at = flat.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

// ------------------------------------------------------------------ finding a cited provision

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** "V" → 5, "1er" / "premier" → 1, "12" → 12, as the heading prints it. */
function headingNumber(raw: string): number | undefined {
  const s = raw.replace(/[.:]$/, '');
  if (/^\d+$/.test(s)) return Number(s);
  if (/^(1er|premier)$/i.test(s)) return 1;
  if (!/^[IVXL]+$/.test(s)) return undefined;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]], next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

const ARTICLE_HEADING = /^(?:Article|ARTICLE|Artículo|ARTÍCULO|Artikel|Clause)\s+(\S+)\s*$/;
const ANNEX_HEADING = /^(?:ANNEX|ANNEXE|ANEXO|BIJLAGE)\b/;

/** Lines of the unit a label names ("Article 5", "ARTICLE V", "Annex, Clause 4", "Annex"), or undefined. */
function unitLines(lines: string[], label: string): string[] | undefined {
  const annexStart = lines.findIndex((l) => ANNEX_HEADING.test(l));
  const inAnnex = /^Annex\b/.test(label);
  const unit = label.replace(/^Annex,?\s*/, '').match(/^(Article|Clause)\s+([0-9IVXL]+)/);
  if (inAnnex && !unit) return annexStart >= 0 ? lines.slice(annexStart) : undefined;
  if (!unit) return undefined;
  const wanted = headingNumber(unit[2]);
  const [from, to] = inAnnex ? [annexStart, lines.length] : [0, annexStart >= 0 ? annexStart : lines.length];
  if (from < 0) return undefined;
  if (inAnnex) {
    // Annex clauses are run-in: "Clause 4. Deductions. No deduction ..."
    const line = lines.slice(from, to).find((l) => new RegExp(`^Clause ${wanted}\\.`).test(l));
    return line ? [line] : undefined;
  }
  const start = lines.findIndex((l, i) => i >= from && i < to && headingNumber(l.match(ARTICLE_HEADING)?.[1] ?? '') === wanted);
  if (start < 0) return undefined;
  const next = lines.findIndex((l, i) => i > start && (ARTICLE_HEADING.test(l) || ANNEX_HEADING.test(l)));
  return lines.slice(start, next < 0 ? lines.length : next);
}

/** True when every part of the label ("Article 5(2)(a)") is printed in the text where the label puts it. */
function cited(text: string, label: string): boolean {
  const lines = text.split('\n').map((l) => l.trim());
  if (label === 'Preamble') return true;
  const block = unitLines(lines, label);
  if (!block) return false;
  let from = 0;
  for (const [, part] of label.matchAll(/\(([^)]+)\)/g)) {
    const marker = /^\d+$/.test(part) ? new RegExp(`^${part}\\.\\s`) : new RegExp(`^\\(?${part}\\)\\s`);
    const at = block.findIndex((l, i) => i >= from && marker.test(l));
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

// ------------------------------------------------------------------ the specification

describe('held-out set', () => {
  it('holds eight texts in English, French, Spanish and Dutch, each labelled', () => {
    expect(ids).toHaveLength(8);
    const languages = new Set(ids.map((id) => (JSON.parse(readFileSync(join(root, 'labels', `${id}.json`), 'utf8')) as LabelFile).language));
    expect([...languages].sort()).toEqual(['en', 'es', 'fr', 'nl']);
  });

  it('finds a quote word for word, with "..." for left-out words, in the order of the text', () => {
    const text = 'Les frais de voyage des travailleurs\n seront à la charge de l\'employeur.';
    expect(quoted(text, 'frais de voyage des travailleurs seront')).toBe(true);
    expect(quoted(text, 'Les frais de voyage ... à la charge de l\'employeur')).toBe(true);
    expect(quoted(text, 'à la charge de l\'employeur ... Les frais de voyage')).toBe(false);
    expect(quoted(text, 'les frais de transport')).toBe(false);
  });

  it('finds a provision label only where the text prints it', () => {
    const text = 'Article 5\nTitle\n\n1. First.\n\n2. Second:\n\n(a) point;\n\nArticle 6\n\nText.\n\nANNEX\nClause 3. Pay. Monthly.';
    expect(cited(text, 'Article 5(2)(a)')).toBe(true);
    expect(cited(text, 'Article 5(3)')).toBe(false);
    expect(cited(text, 'Article 6(1)')).toBe(false);
    expect(cited(text, 'Annex, Clause 3')).toBe(true);
    expect(cited(text, 'Annex, Clause 4')).toBe(false);
    expect(cited('ARTICLE XIV\n\n2. Wages.', 'Article XIV(2)')).toBe(true);
    expect(cited('Article premier\n\n1. Texte.', 'Article 1(1)')).toBe(true);
  });

  for (const id of ids) {
    describe(id, () => {
      const label = JSON.parse(readFileSync(join(root, 'labels', `${id}.json`), 'utf8')) as LabelFile;
      const textFile = join(root, 'texts', `${id}.txt`);
      const text = existsSync(textFile) ? readFileSync(textFile, 'utf8') : '';

      it('has its text, of a real agreement\'s length (1,500 to 6,000 words)', () => {
        expect(label.text).toBe(id);
        const words = text.split(/\s+/).filter(Boolean).length;
        expect(words).toBeGreaterThanOrEqual(1500);
        expect(words).toBeLessThanOrEqual(6000);
      });

      it('judges every element of the specification exactly once', () => {
        expect(Object.keys(label.elements).sort()).toEqual([...elementIds].sort());
      });

      it('cites provisions and a short verbatim quote for everything it finds, nothing for what is absent', () => {
        for (const [element, j] of Object.entries(label.elements)) {
          expect(statuses, element).toContain(j.status);
          if (j.status === 'absent') {
            expect(j.articles, element).toEqual([]);
            continue;
          }
          expect(j.articles.length, element).toBeGreaterThan(0);
          expect(j.quote.split(/\s+/).length, `${element}: quote of at most 25 words`).toBeLessThanOrEqual(25);
          expect(quoted(text, j.quote), `${element}: quote in the text: ${j.quote}`).toBe(true);
          for (const a of j.articles) expect(cited(text, a), `${element}: ${a} in the text`).toBe(true);
        }
      });
    });
  }
});
