import { describe, expect, it } from 'vitest';
import { annotate } from '../../src/annotate/index.js';
import { documentOf, sentenceOf, wholeText } from './helpers.js';

const bearerOf = (text: string, language?: string) => sentenceOf(text, { language }).bearer;

describe('bearer', () => {
  it.each([
    ['en', 'The employer shall provide free accommodation.', 'employer'],
    ['en', 'Recruitment agencies shall not charge fees to workers.', 'agency'],
    ['en', 'The worker shall observe the laws of the receiving country.', 'worker'],
    ['en', 'The Joint Committee shall meet once a year.', 'joint-body'],
    ['en', 'Both Parties shall exchange information on vacancies.', 'both-states'],
    ['en', 'The Contracting Parties undertake to cooperate.', 'both-states'],
    ['en', 'The sending country shall provide pre-departure orientation.', 'origin-state'],
    ['en', 'The host country shall ensure equal treatment.', 'destination-state'],
    ['en', 'Travel costs shall be borne by the employer.', 'employer'],
    ['fr', 'L’employeur doit remettre un contrat écrit.', 'employer'],
    ['fr', 'Les deux Gouvernements s’engagent à faciliter les transferts.', 'both-states'],
    ['fr', 'La commission mixte se réunira une fois par an.', 'joint-body'],
    ['fr', 'Le pays d’accueil assurera l’égalité de traitement.', 'destination-state'],
    ['fr', 'Les frais de voyage des travailleurs sont à la charge de l’employeur.', 'employer'],
    ['es', 'El empleador deberá pagar el salario.', 'employer'],
    ['es', 'La comisión mixta se reunirá anualmente.', 'joint-body'],
    ['es', 'El país de origen deberá expedir los pasaportes.', 'origin-state'],
    ['nl', 'De werkgever zal de reiskosten vergoeden.', 'employer'],
    ['nl', 'De gemengde commissie zal jaarlijks bijeenkomen.', 'joint-body'],
    ['nl', 'De reiskosten komen ten laste van de werkgever.', 'employer'],
    ['nl', 'Het contract zal door de arbeider worden ondertekend.', 'worker'],
  ])('%s: %s → %s', (language, text, expected) => {
    expect(bearerOf(text, language)).toBe(expected);
  });

  it('looks for the subject after an opening subordinate clause', () => {
    expect(bearerOf('Where the worker is dismissed without cause, the employer shall pay the return ticket.')).toBe('employer');
  });

  it('is left undefined when no party is named, rather than guessed', () => {
    expect(bearerOf('The Ministry of Labour shall issue the permits.')).toBeUndefined();
    expect(bearerOf('This Agreement applies to all sectors.')).toBeUndefined();
  });

  it('follows the short names the text defines, in any later sentence', () => {
    const text = 'The Ministry of Manpower of the receiving country (hereinafter referred to as "MOM") and the Department of Labour of the sending country (hereinafter "DOLE") sign this Agreement. MOM shall issue work permits. DOLE shall accredit agencies.';
    const doc = annotate(documentOf(text), wholeText(text));
    expect(doc.sentences.map((s) => s.bearer)).toEqual([undefined, 'destination-state', 'origin-state']);
  });

  it('takes the bearer a short name itself reveals', () => {
    const text = 'Le Ministère du Travail (ci-après dénommé «l’Agence de placement») est compétent. L’Agence de placement fournira les listes.';
    const doc = annotate(documentOf(text), wholeText(text), { language: 'fr' });
    expect(doc.sentences[1].bearer).toBe('agency');
  });

  it('understands Dutch definitions', () => {
    const text = 'Het ministerie van de ontvangende staat (hierna te noemen „Directie”) is bevoegd. De Directie zal de aanvragen doorzenden.';
    const doc = annotate(documentOf(text), wholeText(text), { language: 'nl' });
    expect(doc.sentences[1].bearer).toBe('destination-state');
  });
});
