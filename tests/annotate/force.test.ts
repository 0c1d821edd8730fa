import { describe, expect, it } from 'vitest';
import type { Force } from '../../src/annotate/types.js';
import { sentenceOf } from './helpers.js';

const forceOf = (text: string, language?: string) => sentenceOf(text, { language }).force;

const table: Array<[string, Array<[Force, string]>]> = [
  ['en', [
    ['binding', 'The employer shall provide free accommodation.'],
    ['binding', 'The sending country must issue the passport.'],
    ['binding', 'Both Parties undertake to exchange information.'],
    ['binding', 'The Parties agree to establish a joint committee.'],
    ['binding', 'The receiving country will ensure equal treatment.'],
    ['binding', 'The worker is entitled to paid annual leave.'],
    ['binding', 'Employers are responsible for the return ticket.'],
    ['hedged', 'The Parties shall endeavour to facilitate remittances.'],
    ['hedged', 'As far as possible, workers shall be housed near the site.'],
    ['hedged', 'In principle the contract is for two years.'],
    ['hedged', 'Where possible, the Parties shall consult each other.'],
    ['hedged', 'The Parties shall use their best endeavours to inform workers.'],
    ['permissive', 'The worker may terminate the contract.'],
    ['none', 'This Agreement concerns the recruitment of workers.'],
  ]],
  ['fr', [
    ['binding', 'Les deux Gouvernements s’engagent à faciliter le transfert des salaires.'],
    ['binding', 'Les employeurs sont tenus de fournir un logement convenable.'],
    ['binding', 'L’employeur doit remettre un contrat écrit au travailleur.'],
    ['binding', 'Les autorités luxembourgeoises fourniront aux ouvriers toutes informations utiles.'],
    ['binding', 'Les Ministères assureront le contrôle du placement.'],
    ['binding', 'Les frais de voyage sont à la charge de l’employeur.'],
    ['binding', 'Les travailleurs bénéficient des mêmes prestations que les nationaux.'],
    ['binding', 'Le Ministère communique les offres d’emploi à la Commission.'],
    ['binding', 'Les offres d’emploi sont transmises par le Ministère à l’Office national.'],
    ['binding', 'À l’expiration du contrat, le travailleur regagne son pays.'],
    ['binding', 'Pendant la durée du contrat, l’employeur conserve le passeport du travailleur.'],
    ['hedged', 'Les Parties examinent la possibilité de conclure une convention de sécurité sociale.'],
    ['hedged', 'Les deux Gouvernements s’efforceront de faciliter le regroupement familial.'],
    ['hedged', 'Le logement sera fourni dans la mesure du possible par l’employeur.'],
    ['hedged', 'En principe le contrat est conclu pour un an.'],
    ['hedged', 'Chaque Partie essaiera de trouver un nouvel emploi au travailleur.'],
    ['permissive', 'Le travailleur peut résilier le contrat.'],
    ['permissive', 'La Commission pourra faire soumettre le candidat à un examen médical.'],
    ['none', 'Le présent Accord concerne le recrutement de travailleurs.'],
  ]],
  ['es', [
    ['binding', 'Las Partes se comprometen a facilitar el retorno de los trabajadores.'],
    ['binding', 'El empleador deberá pagar el salario mensualmente.'],
    ['binding', 'El empleador proporcionará alojamiento gratuito.'],
    ['binding', 'Los trabajadores tienen derecho a vacaciones pagadas.'],
    ['binding', 'La Comisión Mixta se reúne una vez al año.'],
    ['hedged', 'Las Partes procurarán facilitar el envío de remesas.'],
    ['hedged', 'En la medida de lo posible, el alojamiento será gratuito.'],
    ['hedged', 'En principio, el contrato tendrá una duración de un año.'],
    ['permissive', 'El trabajador podrá rescindir el contrato.'],
    ['none', 'El presente Acuerdo trata de la contratación de trabajadores.'],
  ]],
  ['nl', [
    ['binding', 'De Partijen verplichten zich de overmaking van lonen te vergemakkelijken.'],
    ['binding', 'De werkgever zal de reiskosten vergoeden.'],
    ['binding', 'De werkgever moet een schriftelijk contract verstrekken.'],
    ['binding', 'De aanvragen dienen nauwkeurige gegevens te bevatten.'],
    ['binding', 'De reiskosten komen ten laste van de werkgever.'],
    ['binding', 'De arbeiders genieten dezelfde rechten als Nederlandse werknemers.'],
    ['binding', 'De arbeiders hebben recht op betaald verlof.'],
    ['binding', 'Aan de arbeider wordt een exemplaar van het contract verstrekt.'],
    ['binding', 'De Gemengde Commissie komt eenmaal per jaar bijeen.'],
    ['hedged', 'De werkgever zal zoveel mogelijk huisvesting verschaffen.'],
    ['hedged', 'De Partijen trachten de gezinshereniging te bevorderen.'],
    ['hedged', 'De Partijen zullen zich beijveren de overmaking van spaargelden te vergemakkelijken.'],
    ['hedged', 'De Regeringen beijveren zich om de huisvesting te verbeteren.'],
    ['hedged', 'In beginsel wordt het contract voor een jaar gesloten.'],
    ['permissive', 'De werknemer kan het contract opzeggen.'],
    ['permissive', 'De Directie mag een delegatie zenden.'],
    ['none', 'Deze Overeenkomst betreft de aanwerving van arbeiders.'],
  ]],
];

describe('force', () => {
  describe.each(table)('%s', (language, cases) => {
    it.each(cases)('%s: %s', (expected, text) => {
      expect(forceOf(text, language)).toBe(expected);
    });
  });

  it('stays binding when "as appropriate", "le cas échéant", "cuando proceda" or "indien nodig" only qualify the means', () => {
    expect(forceOf('Where appropriate, the Parties shall consult each other.')).toBe('binding');
    expect(forceOf('The Parties shall, as appropriate, ensure that workers are informed.')).toBe('binding');
    expect(forceOf('Les Parties veillent, le cas échéant, à informer les travailleurs.', 'fr')).toBe('binding');
    expect(forceOf('Las Partes velarán, cuando proceda, por la protección de los trabajadores.', 'es')).toBe('binding');
    expect(forceOf('De werkgever zal indien nodig huisvesting verschaffen.', 'nl')).toBe('binding');
  });

  it('is hedged when a sentence has both a binding and a hedging marker', () => {
    expect(forceOf('The employer shall, as far as possible, provide housing.')).toBe('hedged');
    expect(forceOf('Les Parties s’engagent, dans la mesure du possible, à faciliter le retour.')).toBe('hedged');
  });

  it('counts a present-tense statement as binding only in operative text', () => {
    expect(sentenceOf('Les frais de voyage sont à la charge de l’employeur.', { scope: 'preamble' }).force).toBe('none');
  });

  it('counts a contract clause that states a term as binding', () => {
    expect(forceOf('Basic monthly salary: US$400.00 or its equivalent in local money.')).toBe('binding');
    expect(forceOf('3. Contract duration: TWO(2) years.')).toBe('binding');
  });

  it('does not take a month or a city for a modal or a future verb', () => {
    expect(forceOf('Done at Geneva on 8 May 1949.')).toBe('none');
    expect(forceOf('Le bureau est situé à Ankara.', 'fr')).toBe('none');
  });

  it('is none, with the sentence matched on exact words, in a language without a lexicon', () => {
    const s = sentenceOf('Der Arbeitgeber muss die Reisekosten tragen.', { language: 'de' });
    expect(s.force).toBe('none');
    expect(s.tokens.map((t) => t.stem)).toContain('reisekosten');
  });
});
