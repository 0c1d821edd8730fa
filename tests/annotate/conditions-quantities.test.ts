import { describe, expect, it } from 'vitest';
import { sentenceOf } from './helpers.js';

describe('conditions', () => {
  it.each([
    ['en', 'Subject to national law, the employer shall provide housing.', 'Subject to national law'],
    ['en', 'Wages shall be paid in accordance with the laws of the receiving country.', 'in accordance with the laws'],
    ['fr', 'Sous réserve de la législation nationale, l’employeur fournit un logement.', 'Sous réserve de'],
    ['fr', 'Les salaires sont payés conformément à la législation du pays d’accueil.', 'conformément à la législation'],
    ['es', 'Con sujeción a la legislación nacional, el empleador proporcionará alojamiento.', 'Con sujeción a'],
    ['nl', 'De lonen worden betaald overeenkomstig de Nederlandse wetgeving.', 'overeenkomstig de Nederlandse wetgeving'],
  ])('%s: "%s" is conditioned by "%s"', (language, text, condition) => {
    expect(sentenceOf(text, { language }).conditions).toEqual([condition]);
  });

  it('are empty for an unconditional commitment', () => {
    expect(sentenceOf('The employer shall provide housing in accordance with this Agreement.').conditions).toEqual([]);
  });
});

const quantities = (text: string, language?: string) =>
  sentenceOf(text, { language }).quantities.map((q) => ({ value: q.value, unit: q.unit, ...(q.currency ? { currency: q.currency } : {}), text: text.slice(q.start, q.end) }));

describe('quantities', () => {
  it('read numbers with units of time', () => {
    expect(quantities('Workers shall rest at least 8 hours per day and 1 day per week.')).toEqual([
      { value: 8, unit: 'hour', text: '8 hours' },
      { value: 1, unit: 'day', text: '1 day' },
    ]);
  });

  it('read number words, and a figure that repeats the word once', () => {
    expect(quantities('Contract duration: TWO(2) years.')).toEqual([{ value: 2, unit: 'year', text: 'TWO(2) years' }]);
    expect(quantities('The agency may charge one month’s wage.')).toEqual([{ value: 1, unit: 'month', text: 'one month' }]);
    expect(quantities('Le contrat est conclu pour deux ans.', 'fr')).toEqual([{ value: 2, unit: 'year', text: 'deux ans' }]);
    expect(quantities('El contrato tendrá una duración de seis meses.', 'es')).toEqual([{ value: 6, unit: 'month', text: 'seis meses' }]);
    expect(quantities('De proeftijd bedraagt twee weken.', 'nl')).toEqual([{ value: 2, unit: 'week', text: 'twee weken' }]);
  });

  it('read how often as a number of the unit it names', () => {
    expect(quantities('The Joint Committee shall meet at least once a year.')).toEqual([{ value: 1, unit: 'year', text: 'once a year' }]);
    expect(quantities('La Commission mixte se réunit une fois par an.', 'fr')).toEqual([{ value: 1, unit: 'year', text: 'une fois par an' }]);
    expect(quantities('La Comisión se reunirá una vez al año.', 'es')).toEqual([{ value: 1, unit: 'year', text: 'una vez al año' }]);
    expect(quantities('De Commissie komt eenmaal per jaar bijeen.', 'nl')).toEqual([{ value: 1, unit: 'year', text: 'eenmaal per jaar' }]);
    expect(quantities('Once the contract is signed, the worker shall travel.')).toEqual([]);
  });

  it('read money with currency symbols, codes and names, either side of the amount', () => {
    expect(quantities('Basic monthly salary: US$400.00 or its equivalent.')).toEqual([{ value: 400, unit: 'money', currency: 'US$', text: 'US$400.00' }]);
    expect(quantities('El salario será de 1.200,00 € al mes.', 'es')).toEqual([{ value: 1200, unit: 'money', currency: '€', text: '1.200,00 €' }]);
    expect(quantities('The fee shall not exceed USD 1,500.')).toEqual([{ value: 1500, unit: 'money', currency: 'USD', text: 'USD 1,500' }]);
    expect(quantities('Le salaire minimum est de 400 florins.', 'fr')).toEqual([{ value: 400, unit: 'money', currency: 'florins', text: '400 florins' }]);
  });

  it('read percentages', () => {
    expect(quantities('Overtime is paid at 125% of the hourly rate.')).toEqual([{ value: 125, unit: 'percent', text: '125%' }]);
    expect(quantities('Une majoration de 25 pour cent est versée.', 'fr')).toEqual([{ value: 25, unit: 'percent', text: '25 pour cent' }]);
  });

  it('count things, but not article numbers, years or the days of dates', () => {
    expect(quantities('The contract is made in 3 copies.')).toEqual([{ value: 3, unit: 'count', text: '3' }]);
    expect(quantities('As provided in Article 5 of the Convention of 1949, done on 8 June.')).toEqual([]);
  });
});
