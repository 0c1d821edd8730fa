import { describe, expect, it } from 'vitest';
import { builtinLexicons } from '../../src/annotate/index.js';
import { builtinPack } from '../../src/rules/index.js';
import { defaultAnalyzer } from '../../src/rules/analyzer.js';
import { buildAutomata } from '../../src/rules/compile.js';
import { PairTable } from '../../src/rules/pair-table.js';
import { PrefixIndex } from '../../src/rules/prefix-index.js';

describe('the automaton laid out for matching', () => {
  it('leads from every state exactly where its edges by stem, folded form and prefix lead, and accepts what it accepts', () => {
    const { automata, fallback } = buildAutomata(builtinPack('ilo-bla'), defaultAnalyzer(builtinLexicons()));
    for (const automaton of [...automata.values(), fallback]) {
      const table = automaton.layOut();
      const wrong: string[] = [];
      const lastPrefix = (key: string) => {
        const found = new Int32Array(64);
        return found[table.prefixes.idsOf(key, found) - 1];
      };
      const check = (what: string, got: unknown, want: unknown) => {
        if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${what}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
      };
      automaton.nodes.forEach((node, at) => {
        const { stem, norm, prefix, number, size } = node.edges;
        stem?.forEach((to, key) => check(`${at} stem ${key}`, table.next(at, table.stems.get(key)!), to));
        norm?.forEach((to, key) => check(`${at} norm ${key}`, table.next(at, table.norms.get(key)!), to));
        prefix?.forEach((to, key) => check(`${at} prefix ${key}`, table.next(at, lastPrefix(key)), to));
        // A key this state has no edge for leads nowhere.
        table.stems.forEach((id, key) => { if (at < 50 && !stem?.has(key)) check(`${at} no stem ${key}`, table.next(at, id), -1); });
        check(`${at} number`, table.numberTarget[at], number);
        check(`${at} edges`, table.edgeCount[at], size);
        check(`${at} accepting`, table.accepting[at], node.accepts.length ? 1 : 0);
        const accepts = [];
        for (let a = table.acceptStart[at]; a < table.acceptStart[at + 1]; a++) accepts.push({ concept: table.acceptConcept[a], pattern: table.acceptPattern[a] });
        check(`${at} accepts`, accepts, node.accepts);
        const gaps = [];
        for (let g = table.gapStart[at]; g < table.gapStart[at + 1]; g++) gaps.push({ max: table.gapMax[g], target: table.gapTarget[g] });
        check(`${at} gaps`, gaps, node.gaps);
      });
      expect(wrong.slice(0, 5)).toEqual([]);
      expect(table.nodeCount).toBe(automaton.nodes.length);
    }
  });
});

describe('prefix keys', () => {
  const index = PrefixIndex.of(new Map([['recruit', 0], ['rec', 1], ['r', 2], ['employ', 3]]));
  const idsOf = (norm: string) => {
    const out = new Int32Array(8);
    return [...out.subarray(0, index.idsOf(norm, out))];
  };

  it('finds every key a word begins with, shortest first', () => {
    expect(idsOf('recruitment')).toEqual([2, 1, 0]);
    expect(idsOf('recruit')).toEqual([2, 1, 0]);
    expect(idsOf('employer')).toEqual([3]);
  });

  it('finds none for a word that only shares letters or is shorter than the key', () => {
    expect(idsOf('employ')).toEqual([3]);
    expect(idsOf('emplo')).toEqual([]);
    expect(idsOf('worker')).toEqual([]);
    expect(idsOf('')).toEqual([]);
  });
});

describe('a table of integer pairs', () => {
  it('returns what was stored for each pair and -1 for any other, however crowded', () => {
    const table = new PairTable(1000);
    for (let a = 0; a < 100; a++) for (let b = 0; b < 10; b++) table.set(a, b, a * 10 + b);
    for (let a = 0; a < 100; a++) for (let b = 0; b < 10; b++) expect(table.get(a, b)).toBe(a * 10 + b);
    expect(table.get(100, 0)).toBe(-1);
    expect(table.get(0, 10)).toBe(-1);
  });
});
