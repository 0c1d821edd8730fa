import { describe, expect, it } from 'vitest';
import { match } from '../../src/rules/match.js';
import { compileConcepts, docOf, matchedTexts } from './helpers.js';

function found(concepts: Parameters<typeof compileConcepts>[0], sentences: Parameters<typeof docOf>[0]): string[] {
  const doc = docOf(sentences);
  return matchedTexts(doc, match(doc, compileConcepts(concepts)));
}

describe('matching words', () => {
  it('matches a plain word on its stem, so plurals match', () => {
    expect(found({ worker: { en: ['migrant worker'] } }, ['Migrant workers and a migrant worker.'])).toEqual([
      'worker: Migrant workers',
      'worker: migrant worker',
    ]);
  });

  it('matches =word on that exact form only', () => {
    expect(found({ w: { en: ['=workers'] } }, ['The worker and the workers.'])).toEqual(['w: workers']);
  });

  it('matches word* on any token beginning with it, whatever the stem', () => {
    expect(found({ r: { en: ['recruit* agenc*'] } }, ['Recruitment agencies, recruiting agency, recruit agent.'])).toEqual([
      'r: Recruitment agencies',
      'r: recruiting agency',
    ]);
  });

  it('folds case and accents on both sides', () => {
    expect(found({ e: { fr: ['employé'] } }, [['Les EMPLOYES et les employés.', 'fr']])).toEqual(['e: EMPLOYES', 'e: employés']);
  });

  it('matches # on digits and on the language\'s number words', () => {
    expect(found({ h: { en: ['# hours'] } }, ['Not more than 48 hours, or twelve hours, or 7.5 hours, but many hours.'])).toEqual([
      'h: 48 hours',
      'h: twelve hours',
      'h: 7.5 hours',
    ]);
  });
});

describe('alternatives, optionals and gaps', () => {
  it('tries every alternative, including alternatives of several words', () => {
    expect(found({ c: { en: ['(joint committee|mixed commission) shall meet'] } }, ['The joint committee shall meet.', 'A mixed commission shall meet yearly.'])).toEqual([
      'c: joint committee shall meet',
      'c: mixed commission shall meet',
    ]);
  });

  it('matches with and without an optional word or group', () => {
    const concepts = { f: { en: ['free (of charge)? to the? worker'] } };
    expect(found(concepts, ['Free of charge to the worker.', 'Free to worker.'])).toEqual(['f: Free of charge to the worker', 'f: Free to worker']);
  });

  it('lets a gap skip up to its bound and no further', () => {
    const concepts = { c: { en: ['cost ...3 employer'] } };
    expect(found(concepts, ['Costs borne by the employer.'])).toEqual(['c: Costs borne by the employer']);
    expect(found(concepts, ['Costs are to be borne by the employer.'])).toEqual([]);
    expect(found(concepts, ['Cost employer.'])).toEqual(['c: Cost employer']);
  });

  it('uses five tokens for a bare gap', () => {
    const concepts = { c: { en: ['cost ... employer'] } };
    expect(found(concepts, ['cost a b c d e employer'])).toHaveLength(1);
    expect(found(concepts, ['cost a b c d e f employer'])).toHaveLength(0);
  });

  it('combines gaps, alternatives and prefixes in one pattern', () => {
    const concepts = { c: { en: ['(recruitment|travel) cost* ... borne by the employer'] } };
    expect(found(concepts, ['Travel costs shall in all cases be borne by the employer.'])).toEqual(['c: Travel costs shall in all cases be borne by the employer']);
  });
});

describe('what a hit reports', () => {
  it('gives the char range of its first and last token and the pattern that matched', () => {
    const doc = docOf(['First sentence.', 'The recruitment fee is banned.']);
    const [hit] = match(doc, compileConcepts({ fee: { en: ['recruitment fee', 'fee'] } }));
    expect(doc.document.text.slice(hit.start, hit.end)).toBe('recruitment fee');
    expect(hit).toMatchObject({ concept: 'fee', sentence: 1, tokenStart: 1, tokenEnd: 3, pattern: 'recruitment fee' });
  });

  it('never lets a match cross a sentence boundary', () => {
    expect(found({ c: { en: ['cost ... employer'] } }, ['The cost.', 'The employer.'])).toEqual([]);
  });

  it('reports the longest match from each start and not the matches nested in it', () => {
    const concepts = { fee: { en: ['fee', 'recruitment fee', 'recruitment fee ... worker'] } };
    expect(found(concepts, ['No recruitment fee shall be charged to the worker; a fee is banned.'])).toEqual([
      'fee: recruitment fee shall be charged to the worker',
      'fee: fee',
    ]);
  });

  it('drops nested matches alike in a sentence of a few matches and in one of hundreds', () => {
    const concepts = { fee: { en: ['fee', 'recruitment fee', 'recruitment fee ... worker'] }, worker: { en: ['worker'] } };
    const clause = 'no recruitment fee to the worker, a fee';
    const one = found(concepts, [`${clause}.`]);
    expect(one).toEqual(['fee: recruitment fee to the worker', 'worker: worker', 'fee: fee']);
    const long = found(concepts, [`${Array(40).fill(clause).join('; ')}.`]);
    expect(long).toEqual(Array(40).fill(one).flat());
  });

  it('names the earlier of two patterns that match the same words, in a sentence of a few matches and in one of hundreds', () => {
    // '=fees' is first in the pack but followed second (a stem is followed before an exact form).
    const compiled = compileConcepts({ fee: { en: ['=fees', 'fee'] } });
    for (const times of [1, 100]) {
      const doc = docOf([`${Array(times).fill('fees').join(', ')}.`]);
      const patterns = match(doc, compiled).map((h) => h.pattern);
      expect(patterns).toEqual(Array(times).fill('=fees'));
    }
  });

  it('reports each concept that matches the same words', () => {
    const concepts = { a: { en: ['social security'] }, b: { en: ['security'] } };
    expect(found(concepts, ['Social security.'])).toEqual(['a: Social security', 'b: security']);
  });

  it('orders hits by sentence, then position, then concept', () => {
    const concepts = { zeta: { en: ['wage'] }, alpha: { en: ['wage', 'hour'] } };
    const doc = docOf(['Hours and wages.', 'Wages.']);
    expect(match(doc, compileConcepts(concepts)).map((h) => `${h.sentence}:${h.tokenStart}:${h.concept}`)).toEqual(['0:0:alpha', '0:2:zeta', '0:2:alpha', '1:0:zeta', '1:0:alpha']);
  });

  it('does not pile up thousands of hits on a repetitive text', () => {
    const text = Array.from({ length: 2000 }, () => 'worker').join(' ');
    const hits = found({ w: { en: ['worker ... worker'] } }, [text]);
    expect(hits.length).toBeLessThanOrEqual(2000);
  });
});

describe('languages', () => {
  const concepts = {
    employer: { en: ['borne by the employer'], fr: ["à la charge de l'employeur"], any: ['C181'] },
  };

  it('matches each sentence with the patterns of its own language', () => {
    expect(found(concepts, [['Costs borne by the employer.', 'en'], ["Frais à la charge de l'employeur.", 'fr']])).toEqual([
      'employer: borne by the employer',
      "employer: à la charge de l'employeur",
    ]);
  });

  it('does not match one language\'s patterns in another language\'s sentence', () => {
    expect(found(concepts, [["Frais à la charge de l'employeur.", 'en']])).toEqual([]);
  });

  it('tries `any` patterns in every language, including languages without patterns of their own', () => {
    expect(found(concepts, [['Under C181.', 'en'], ['Selon C181.', 'fr'], ['Gemäß C181.', 'de']])).toEqual(['employer: C181', 'employer: C181', 'employer: C181']);
  });

  it('matches `any` patterns on exact folded words, not stems', () => {
    expect(found({ c: { any: ['conventions'] } }, ['The conventions and the convention.'])).toEqual(['c: conventions']);
  });
});
