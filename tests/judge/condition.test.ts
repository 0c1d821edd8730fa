import { describe, expect, it } from 'vitest';
import { buildDoc, verdictOf, type ElementSpec } from './helpers.js';

const doc = buildDoc([
  { id: 'art_1', label: 'Article 1', sentences: [{ text: 'A joint committee shall be established.', force: 'binding' }] },
  { id: 'art_2', label: 'Article 2', sentences: [{ text: 'It shall meet at least once a year.', force: 'binding', quantities: [{ words: 'once a year', value: 1, unit: 'year' }] }] },
]);
const phrases = { committee: ['joint committee'], meeting: ['meet'], dispute: ['dispute'] };
const el = (addressed: ElementSpec['addressed']): ElementSpec => ({ id: 'joint-committee', addressed });

describe('conditions: all, any, none', () => {
  it('all holds when every part holds, and cites the sentences of every part', () => {
    const v = verdictOf(doc, phrases, el({ all: [{ mentions: { concept: 'committee' } }, { obligation: { concept: 'meeting' } }] }));
    expect(v.status).toBe('addressed');
    expect(v.evidence.map((e) => e.label)).toEqual(['Article 1', 'Article 2']);
  });

  it('all fails when one part fails, and cites nothing', () => {
    const v = verdictOf(doc, phrases, el({ all: [{ mentions: { concept: 'committee' } }, { mentions: { concept: 'dispute' } }] }));
    expect(v.status).toBe('weak'); // implicit weak: the committee is mentioned
    expect(v.evidence.every((e) => e.supports === 'weak')).toBe(true);
  });

  it('any holds when one part holds and cites only the parts that held', () => {
    const v = verdictOf(doc, phrases, el({ any: [{ mentions: { concept: 'dispute' } }, { mentions: { concept: 'committee' } }] }));
    expect(v.status).toBe('addressed');
    expect(v.evidence.map((e) => e.label)).toEqual(['Article 1']);
  });

  it('none holds when no part holds', () => {
    expect(verdictOf(doc, phrases, el({ all: [{ mentions: { concept: 'committee' } }, { none: [{ mentions: { concept: 'dispute' } }] }] })).status).toBe('addressed');
    expect(verdictOf(doc, phrases, el({ all: [{ number: { unit: 'year' } }, { none: [{ mentions: { concept: 'committee' } }] }] })).status).toBe('absent');
  });

  it('nests', () => {
    const v = verdictOf(doc, phrases, el({ any: [{ all: [{ mentions: { concept: 'dispute' } }] }, { all: [{ number: { unit: 'year', max: 2 } }, { mentions: { concept: 'committee' } }] }] }));
    expect(v.status).toBe('addressed');
  });
});

describe('trace', () => {
  it('records every check with its path in the condition tree, whether it passed, and why', () => {
    const v = verdictOf(doc, phrases, {
      id: 'joint-committee',
      addressed: { any: [{ mentions: { concept: 'dispute' } }, { obligation: { concept: 'committee' } }] },
      weak: { mentions: { concept: 'meeting', scope: 'preamble' } },
      contradicted: { all: [{ none: [{ mentions: { concept: 'committee' } }] }] },
    });
    expect(v.trace.map((t) => [t.path, t.passed])).toEqual([
      ['addressed.any[0].mentions', false],
      ['addressed.any[1].obligation', true],
      ['weak.mentions', false],
      ['contradicted.all[0].none[0].mentions', true],
    ]);
    expect(v.trace[1].kind).toBe('obligation');
    expect(v.trace[1].detail).toBe('obligation on committee (binding, affirmed) in operative: 1 sentence (Article 1)');
  });

  it('says when an addressed check held but not in sentences that settle', () => {
    const hedged = buildDoc([{ id: 'art_1', label: 'Article 1', sentences: [{ text: 'A joint committee may be set up.', force: 'hedged' }] }]);
    const v = verdictOf(hedged, phrases, el({ mentions: { concept: 'committee' } }));
    expect(v.status).toBe('weak');
    expect(v.trace[0].detail).toMatch(/none binding, unconditioned and operative/);
  });
});
