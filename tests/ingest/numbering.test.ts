import { describe, expect, it } from 'vitest';
import { NumberingCounter, readNumbering, writeNumbersIntoDocument } from '../../src/ingest/numbering.js';

const lvl = (ilvl: number, format: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

const numbering = (levels: string, nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>') =>
  `<w:numbering><w:abstractNum w:abstractNumId="0">${levels}</w:abstractNum>${nums}</w:numbering>`;

describe('Word numbering rebuilt', () => {
  it('counts levels, restarts deeper levels and formats roman numerals and letters', () => {
    const defs = readNumbering(numbering(lvl(0, 'upperRoman', 'ARTICLE %1') + lvl(1, 'lowerLetter', '(%2)')), undefined);
    const c = new NumberingCounter(defs);
    const labels = [0, 1, 1, 0, 1].map((ilvl) => c.label({ numId: '1', ilvl }));
    expect(labels).toEqual(['ARTICLE I', '(a)', '(b)', 'ARTICLE II', '(a)']);
  });

  it('takes numbering from a paragraph style, as heading styles often carry it', () => {
    const styles = '<w:styles><w:style w:styleId="Art"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:styleId="Art2"><w:basedOn w:val="Art"/></w:style></w:styles>';
    const c = new NumberingCounter(readNumbering(numbering(lvl(0, 'decimal', 'Article %1.')), styles));
    expect([c.label({ style: 'Art2' }), c.label({ style: 'Art' })]).toEqual(['Article 1.', 'Article 2.']);
  });

  it('restarts a list that overrides its start', () => {
    const nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const c = new NumberingCounter(readNumbering(numbering(lvl(0, 'decimal', '%1.'), nums), undefined));
    expect([c.label({ numId: '1' }), c.label({ numId: '1' }), c.label({ numId: '2' })]).toEqual(['1.', '2.', '1.']);
  });

  it('writes the numbers into document.xml as the first run of each numbered paragraph', () => {
    const defs = readNumbering(numbering(lvl(0, 'decimal', 'Article %1')), undefined);
    const xml = '<w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Objective</w:t></w:r></w:p><w:p><w:r><w:t>Plain</w:t></w:r></w:p></w:body>';
    const out = writeNumbersIntoDocument(xml, defs);
    expect(out).toContain('</w:pPr><w:r><w:t xml:space="preserve">Article 1 </w:t></w:r><w:r><w:t>Objective</w:t>');
    expect(out).toContain('<w:p><w:r><w:t>Plain</w:t>');
  });

  it('leaves a paragraph whose numbering was switched off (numId 0) unnumbered', () => {
    const c = new NumberingCounter(readNumbering(numbering(lvl(0, 'decimal', '%1.')), undefined));
    expect(c.label({ numId: '0' })).toBe('');
  });
});
