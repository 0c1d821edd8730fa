import { describe, expect, it } from 'vitest';
import { negatedWords, sentenceOf } from './helpers.js';

const read = (text: string, language?: string) => {
  const s = sentenceOf(text, { language });
  return { force: s.force, polarity: s.polarity, covers: negatedWords(text, s) };
};

describe('negation', () => {
  it.each([
    ['en', 'The employer shall not retain the passport of the worker.', 'not retain the passport of the worker'],
    ['en', 'No recruitment fee or cost shall be charged to the worker.', 'No recruitment fee or cost shall be charged to the worker'],
    ['en', 'The employer may not confiscate identity documents.', 'not confiscate identity documents'],
    ['en', 'It is prohibited to charge placement fees to workers.', 'It is prohibited to charge placement fees to workers'],
    ['fr', 'L’employeur ne peut retenir le passeport du travailleur.', 'ne peut retenir le passeport du travailleur'],
    ['fr', 'L’employeur ne doit pas retenir le passeport.', 'ne doit pas retenir le passeport'],
    ['fr', 'Il est interdit de percevoir des frais de recrutement.', 'Il est interdit de percevoir des frais de recrutement'],
    ['es', 'El empleador no podrá retener el pasaporte del trabajador.', 'no podrá retener el pasaporte del trabajador'],
    ['es', 'Queda prohibido cobrar honorarios a los trabajadores.', 'Queda prohibido cobrar honorarios a los trabajadores'],
    ['nl', 'De werkgever mag het paspoort niet inhouden.', 'niet inhouden'],
    ['nl', 'De werknemer zal geen bemiddelingskosten betalen.', 'geen bemiddelingskosten betalen'],
    ['nl', 'Het is verboden kosten in rekening te brengen.', 'Het is verboden kosten in rekening te brengen'],
  ])('%s: "%s" is a binding negation covering "%s"', (language, text, covered) => {
    expect(read(text, language)).toEqual({ force: 'binding', polarity: 'negated', covers: [covered] });
  });

  it('turns "may not" into a prohibition, not a permission', () => {
    expect(read('The worker may not be dismissed for joining a union.').force).toBe('binding');
  });

  it('leaves the main verb affirmed in "shall ... and not ..." while the later clause is covered', () => {
    const text = 'The employer shall pay the wages in full and not deduct any placement fee.';
    expect(read(text)).toEqual({ force: 'binding', polarity: 'affirmed', covers: ['not deduct any placement fee'] });
  });

  it('ends a scope at a semicolon or at a comma followed by a conjunction', () => {
    const text = 'The employer shall not retain the passport; the worker shall keep it.';
    expect(read(text).covers).toEqual(['not retain the passport']);
    const text2 = 'The agency shall not charge fees, but it may recover costs.';
    expect(read(text2).covers).toEqual(['not charge fees']);
  });

  it('does not read comparisons, "only" or "No. 97" as negations', () => {
    expect(read('Leave of not less than 15 days shall be granted.')).toMatchObject({ polarity: 'affirmed', covers: [] });
    expect(read('Les opérations de recrutement ne se feront que par les autorités.', 'fr')).toMatchObject({ polarity: 'affirmed', covers: [] });
    expect(read('Members shall apply Convention No. 97.')).toMatchObject({ polarity: 'affirmed', covers: [] });
  });

  it('does not let a negation in an earlier clause govern a later modal', () => {
    expect(read('Where repatriation is not possible, the remains may be disposed of.')).toMatchObject({ force: 'permissive', polarity: 'affirmed' });
  });

  it('is hedged but negated for "should not"', () => {
    expect(read('Workers should not pay recruitment fees.')).toMatchObject({ force: 'hedged', polarity: 'negated' });
  });
});
