import { describe, expect, it } from 'vitest';
import { labelsOf, provision, provisionsOf } from './document.js';

const body = 'The Parties shall cooperate in good faith.';

describe('article headings in English, French, Spanish and Dutch', () => {
  it.each([
    ['Article 5', 'Article 5', 'art_5'],
    ['Art. 5', 'Article 5', 'art_5'],
    ['ARTICLE V', 'Article V', 'art_5'],
    ['Article premier', 'Article 1', 'art_1'],
    ['Article 1er', 'Article 1', 'art_1'],
    ['Artículo 5', 'Article 5', 'art_5'],
    ['Artículo primero', 'Article 1', 'art_1'],
    ['ARTÍCULO 7.-', 'Article 7', 'art_7'],
    ['Artikel 5', 'Article 5', 'art_5'],
    ['Artikel  12', 'Article 12', 'art_12'],
    ['Clause 5', 'Clause 5', 'clause_5'],
    ['Cláusula 3', 'Clause 3', 'clause_3'],
    ['Article 12 bis', 'Article 12 bis', 'art_12bis'],
    ['## Article 4', 'Article 4', 'art_4'],
  ])('reads "%s" as %s', (heading, label, id) => {
    const [article] = provisionsOf(`${heading}\n\n${body}\n`);
    expect(article).toMatchObject({ kind: 'article', label, id });
  });

  it('takes the heading from the same line or from the line below', () => {
    const text = 'Article 1 – Definitions\n\nTerms mean things.\n\nARTICLE 2\nSocial security\n\nWorkers are insured.\n';
    expect(provision(text, 'Article 1').heading).toBe('Definitions');
    expect(provision(text, 'Article 2').heading).toBe('Social security');
  });

  it('keeps body text that shares the heading line', () => {
    const text = 'Article 1 The Parties shall cooperate.\nArticle 2 The Parties shall meet.\n';
    const first = provision(text, 'Article 1');
    expect(text.slice(first.bodyStart, first.bodyEnd)).toBe('The Parties shall cooperate.');
    expect(first.heading).toBeUndefined();
  });

  it('does not take a sentence that cites an article for a heading', () => {
    const text = 'Article 3\n\nArticle 4 shall not affect the rights of workers.\nArticle 12(2) applies to seasonal workers.\n';
    expect(labelsOf(text)).toEqual(['Article 3']);
  });
});

describe('parts, chapters and sections', () => {
  it.each([
    ['Chapter II', 'Chapter II', 'chp_2'],
    ['Chapitre II', 'Chapter II', 'chp_2'],
    ['CAPÍTULO III', 'Chapter III', 'chp_3'],
    ['Hoofdstuk 2', 'Chapter 2', 'chp_2'],
    ['Titre I', 'Title I', 'title_1'],
    ['PART IV', 'Part IV', 'part_4'],
    ['Section 3', 'Section 3', 'sec_3'],
  ])('reads "%s" as %s holding the articles that follow', (heading, label, id) => {
    const text = `${heading}\nGeneral provisions\n\nArticle 1\n\n${body}\n\nArticle 2\n\n${body}\n`;
    const group = provision(text, label);
    expect(group).toMatchObject({ kind: 'part', id, heading: 'General provisions' });
    expect(group.children.map((c) => c.label)).toEqual(['Article 1', 'Article 2']);
  });

  it('nests chapters in parts and closes a part at the next one', () => {
    const text = 'PART I\n\nArticle 1\n\nText.\n\nPART II\n\nCHAPTER 1\n\nArticle 2\n\nText.\n\nCHAPTER 2\n\nArticle 3\n\nText.\n';
    const part2 = provision(text, 'Part II');
    expect(part2.children.map((c) => c.id)).toEqual(['part_2__chp_1', 'part_2__chp_2']);
    expect(provision(text, 'Part I').children.map((c) => c.label)).toEqual(['Article 1']);
  });

  it('reads a roman numeral alone on its line, above a heading, as a chapter', () => {
    const text = 'I\n\nGeneral provisions\n\nArticle 1\n\nText.\n\nII\n\nFinal provisions\n\nArticle 2\n\nText.\n';
    expect(labelsOf(text, ['part'])).toEqual(['Chapter I', 'Chapter II']);
    expect(provision(text, 'Chapter II').heading).toBe('Final provisions');
  });

  it('reads "II. RECRUITMENT" before an article as a chapter, not as a point of the previous article', () => {
    const text = 'I. GENERAL PROVISIONS\n\nArticle 1\n\nText.\n\nII. RECRUITMENT\n\nArticle 2\n\nText.\n';
    expect(labelsOf(text)).toEqual(['Chapter I', 'Article 1', 'Chapter II', 'Article 2']);
  });

  it('groups articles under an unnumbered heading such as "Dispositions générales"', () => {
    const text = 'Le Gouvernement de A et le Gouvernement de B, sont convenus de ce qui suit :\n\nDispositions générales\n\nArticle 1\n\nTexte.\n\nArticle 2\n\nTexte.\n\nDispositions finales\n\nArticle 3\n\nTexte.\n';
    const groups = provisionsOf(text).filter((p) => p.kind === 'part');
    expect(groups.map((g) => [g.label, g.children.map((c) => c.label)])).toEqual([
      ['Dispositions générales', ['Article 1', 'Article 2']],
      ['Dispositions finales', ['Article 3']],
    ]);
  });
});

describe('paragraphs and points', () => {
  it('labels numbered paragraphs and lettered points as they are cited: Article 5(2)(b)', () => {
    const text = 'Article 5\n\n1. The employer shall pay wages.\n2. The contract shall state:\n(a) the wage;\n(b) the hours;\n3. Nothing else applies.\n';
    expect(labelsOf(text)).toEqual(['Article 5', 'Article 5(1)', 'Article 5(2)', 'Article 5(2)(a)', 'Article 5(2)(b)', 'Article 5(3)']);
    expect(provision(text, 'Article 5(2)(b)')).toMatchObject({ id: 'art_5__para_2__point_b', kind: 'point' });
  });

  it('reads "1)" paragraphs and "a)" points glued to their text', () => {
    const text = 'Article 6\n\nLes travailleurs doivent exhiber:\n\n1)un document valable;\n\n2)une attestation:\na)médicale;\nb)professionnelle.\n';
    expect(labelsOf(text)).toEqual(['Article 6', 'Article 6(1)', 'Article 6(2)', 'Article 6(2)(a)', 'Article 6(2)(b)']);
  });

  it('nests roman points under lettered ones, and reads (i) after (h) as a letter', () => {
    const letters = 'abcdefghij'.split('').map((l) => `(${l}) item ${l};`).join('\n');
    const text = `Article 11\n\nMembers shall:\n(a) protect;\n(i) wages;\n(ii) hours;\n(b) inform;\n${letters.split('\n').slice(2).join('\n')}\n`;
    const labels = labelsOf(text);
    expect(labels.slice(0, 5)).toEqual(['Article 11', 'Article 11(a)', 'Article 11(a)(i)', 'Article 11(a)(ii)', 'Article 11(b)']);
    expect(labels).toContain('Article 11(i)');
    expect(labels).toContain('Article 11(j)');
    expect(labels).not.toContain('Article 11(h)(i)');
  });

  it('cites decimal paragraphs by their printed number: Clause 5.1, Clause 5.1.2', () => {
    const text = 'Clause 5 – Wages\n\n5.1 The employer shall pay monthly.\n5.1.1 Payment is by bank transfer.\n5.2 Overtime is paid.\n';
    expect(labelsOf(text)).toEqual(['Clause 5', 'Clause 5.1', 'Clause 5.1.1', 'Clause 5.2']);
    expect(provision(text, 'Clause 5.1.1').id).toBe('clause_5__para_1__point_1');
  });

  it('cites dashes as indents, the way EU texts are cited', () => {
    const text = 'Article 17\n\n1. Le Ministère prend à sa charge les frais relatifs:\n-aux opérations de recrutement;\n- au voyage.\n2. Le reste.\n';
    expect(labelsOf(text)).toEqual(['Article 17', 'Article 17(1)', 'Article 17(1), first indent', 'Article 17(1), second indent', 'Article 17(2)']);
    expect(provision(text, 'Article 17(1), second indent').id).toBe('art_17__para_1__indent_2');
  });

  it('treats "e.g." and years at a line start as text, not as markers', () => {
    const text = 'Article 2\n\ne.g. seasonal work.\n1949 was the year of the Convention.\n';
    expect(labelsOf(text)).toEqual(['Article 2']);
  });
});

describe('annexes, protocols and exchanged notes', () => {
  it.each([
    ['ANNEX I', 'Annex I', 'annex_1'],
    ['Annexe', 'Annex', 'annex_1'],
    ['Anexo II', 'Annex II', 'annex_2'],
    ['Bijlage', 'Annex', 'annex_1'],
    ['Protocol', 'Protocol', 'protocol_1'],
    ['Protocole', 'Protocol', 'protocol_1'],
    ['PROTOCOLE ADDITIONNEL', 'Additional Protocol', 'protocol_1'],
  ])('restarts article numbering inside "%s"', (heading, label, id) => {
    const text = `Article 1\n\n${body}\n\nArticle 2\n\n${body}\n\n${heading}\n\nArticle 1\n\n${body}\n`;
    const container = provision(text, label);
    expect(container.id).toBe(id);
    expect(container.children.map((c) => [c.label, c.id])).toEqual([[`${label} Article 1`, `${id}__art_1`]]);
    expect(provision(text, 'Article 1').id).toBe('art_1');
  });

  it('reads a titled arrangement after the main text, but not a document title that starts with "Protocol"', () => {
    const text = 'Protocol against the Smuggling of Migrants\n\nThe States Parties to this Protocol have agreed as follows:\n\nArticle 1\n\nText.\n\nAdministrative Arrangement for the Implementation of the Agreement\n\nArticle 1\n\nText.\n';
    expect(labelsOf(text)).toEqual(['Title', 'Preamble', 'Article 1', 'Administrative Arrangement', 'Administrative Arrangement Article 1']);
  });

  it('labels numbered notes as printed and their points "Nr. I (A)"', () => {
    const text = 'Article 1\n\nText.\n\nNr. I\n\nLa Haye, le 19 août 1964. Monsieur l\'Ambassadeur, me référant à l\'Accord:\n\nA. Les employeurs paient le transport.\n\nB. Le transport est aérien.\n\nNr. II\n\nMonsieur le Secrétaire d\'Etat, j\'ai l\'honneur d\'accuser réception.\n';
    expect(labelsOf(text)).toEqual(['Article 1', 'Nr. I', 'Nr. I (A)', 'Nr. I (B)', 'Nr. II']);
    expect(provision(text, 'Nr. I (B)').id).toBe('letter_1__point_b');
  });

  it('reads an exchange of notes without articles: each greeting opens a note, numbered paragraphs are items', () => {
    const note = (n: number) => `Luxembourg, le ${n} août 1950. Monsieur le Ministre, j'ai l'honneur de vous proposer ce qui suit:\n\n1. Les ouvriers sont placés.\n\n2. Les salaires sont égaux.\n`;
    const text = `Échange de notes\n\n${note(17)}\n${note(25)}`;
    const items = provisionsOf(text).filter((p) => p.kind === 'paragraph');
    expect(labelsOf(text, ['letter'])).toEqual(['Letter 1', 'Letter 2']);
    expect(items.map((p) => [p.label, p.id])).toEqual([
      ['item 1', 'letter_1__para_1'], ['item 2', 'letter_1__para_2'], ['item 1', 'letter_2__para_1'], ['item 2', 'letter_2__para_2'],
    ]);
  });
});

describe('front matter, forms and plain prose', () => {
  it('splits the opening into title and preamble, and keeps the preamble heading', () => {
    const text = 'AGREEMENT\nbetween A and B\n\nPREAMBLE\n\nThe Parties, considering their friendship, have agreed as follows:\n\nArticle 1\n\nText.\n';
    const [title, preamble] = provisionsOf(text);
    expect(title).toMatchObject({ kind: 'title', label: 'Title', id: 'title' });
    expect(preamble).toMatchObject({ kind: 'preamble', label: 'Preamble', id: 'preamble', heading: 'PREAMBLE' });
  });

  it('reads a contract form: lettered party blocks as parts, numbered terms as items', () => {
    const text = 'EMPLOYMENT CONTRACT\n\nThis contract is made between:\n\nA. Employer: [name]\nAddress: [address]\n\nB. Worker: [name]\nPassport: [number]\n\nThe parties agree to the following terms\n\n1. Site of employment: Singapore\n2. Duration: two years.\n';
    expect(labelsOf(text)).toEqual(['Title', 'Preamble', 'Part A', 'Part B', 'item 1', 'item 2']);
  });

  it('gives one paragraph per block to prose with no numbering', () => {
    const text = 'The parties met in June.\nThey talked.\n\nThey agreed to meet again.\n\n\nNothing was signed.\n';
    const paragraphs = provisionsOf(text);
    expect(paragraphs.map((p) => [p.kind, p.label, p.id])).toEqual([
      ['paragraph', 'Paragraph 1', 'para_1'], ['paragraph', 'Paragraph 2', 'para_2'], ['paragraph', 'Paragraph 3', 'para_3'],
    ]);
    expect(text.slice(paragraphs[0].start, paragraphs[0].end)).toBe('The parties met in June.\nThey talked.');
  });

  it('starts the signature block at the final formula and keeps "Done at" in the same block', () => {
    const text = 'Article 1\n\nText.\n\nIN WITNESS WHEREOF the undersigned have signed.\n\nDone at Geneva on 1 May 2024.\n\nFor A\nFor B\n';
    expect(labelsOf(text)).toEqual(['Article 1', 'Signature']);
    expect(provision(text, 'Signature').end).toBe(text.trimEnd().length);
  });
});
