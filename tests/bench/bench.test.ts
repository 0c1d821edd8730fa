import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { builtinPack, compilePack, PackError } from '../../src/rules/index.js';
import { builtinLexicons } from '../../src/annotate/index.js';
import { multiplyPack, varyPattern } from '../../bench/lib/pack-x10.js';
import { median, paired, runsPerSample } from '../../bench/lib/stats.js';
import { agreementText, englishArticles } from '../../scripts/make-bench-inputs.js';
import { table } from '../../bench/run.js';

const ROOT = resolve(import.meta.dirname, '../..');

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('compares the medians of two sides run in turn', async () => {
    const order: string[] = [];
    const r = await paired(() => (order.push('a'), 10), () => (order.push('b'), 30), { repetitions: 4, warmup: 1 });
    expect(r.ratio).toBe(3);
    expect(order.slice(2)).toEqual(['a', 'b', 'b', 'a', 'a', 'b', 'b', 'a']);
  });

  it('fills a sample with runs of one side in a row, each side its own count, and takes their mean', async () => {
    const order: string[] = [];
    // a: 10 ms a run, so 40 ms holds four; b: 40, 80, 40, 80... ms, one run each, whose collections come and go.
    let bRuns = 0;
    const r = await paired(() => (order.push('a'), 10), () => (order.push('b'), bRuns++ % 2 ? 80 : 40), { repetitions: 2, warmup: 2, sampleMs: 40 });
    expect(order.slice(4)).toEqual(['a', 'a', 'a', 'a', 'b', 'b', 'a', 'a', 'a', 'a']);
    expect(r.samplesA).toEqual([10, 10]);
    expect(r.samplesB).toEqual([40, 80]);
  });

  it('counts runs per sample from the settled half of the warm-up, at least one', () => {
    expect(runsPerSample([90, 60, 21, 19], 100)).toBe(5);
    expect(runsPerSample([900, 400], 100)).toBe(1);
    expect(runsPerSample([], 100)).toBe(1);
    expect(runsPerSample([20, 20])).toBe(1);
  });
});

describe('bench inputs', () => {
  it('keep English articles and leave the Dutch ones out', () => {
    const text = 'Artikel 1\nDe werkgever betaalt de reis van de arbeider.\nArticle 1 – Travel\nThe employer shall pay the travel of the worker to the place of work.';
    expect(englishArticles(text)).toEqual([{ title: 'Travel', body: 'The employer shall pay the travel of the worker to the place of work.' }]);
  });

  it('number the concatenated articles again from 1, as one agreement', () => {
    const pool = [{ title: 'Travel', body: 'The employer shall pay the travel of the worker.' }, { title: '', body: 'Wages shall be paid monthly.' }];
    const text = agreementText(2_000, pool);
    const numbers = [...text.matchAll(/^Article (\d+)/gm)].map((m) => Number(m[1]));
    expect(numbers.length).toBeGreaterThan(10);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });
});

describe('the ten-fold pack', () => {
  const pack = builtinPack('ilo-bla');
  const big = multiplyPack(pack, 10);

  it('has ten times the elements and concepts, under distinct ids', () => {
    expect(big.elements).toHaveLength(pack.elements.length * 10);
    expect(Object.keys(big.concepts)).toHaveLength(Object.keys(pack.concepts).length * 10);
    expect(new Set(big.elements.map((e) => e.id)).size).toBe(big.elements.length);
  });

  it('respells one word of each copied pattern and keeps the pattern valid', () => {
    expect(varyPattern('(recruitment|placement) fee* ...3 worker*', 2)).toBe('(recruitmentqc|placement) fee* ...3 worker*');
    expect(() => compilePack(big, builtinLexicons())).not.toThrow(PackError);
  });
});

describe('npm run bench:smoke', () => {
  it('measures every figure on tiny inputs and prints the table', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--smoke'], { cwd: ROOT, encoding: 'utf8', timeout: 280_000 });
    expect(r.stdout).toMatch(/^#\s+figure\s+value\s+budget\s+result\s+medians/m);
    for (const id of ['1', '2', '3', '4', '5', '6', '7', '8']) expect(r.stdout).toMatch(new RegExp(`^${id}\\s+\\S`, 'm'));
    expect(r.stdout).not.toMatch(/failed to measure/);
    // The batch figure says how much work each side did, not only how long it took.
    expect(r.stdout).toMatch(/^5\s.*; CPU \d+ ms and \d+ ms/m);
    expect(r.status).toBe(0);
  }, 300_000);

  it('marks a figure over its budget as MISSED and a reported one with a dash', () => {
    const out = table([
      { id: '1', figure: { name: 'engine', value: 4, unit: 'ratio', budget: { max: 3 }, detail: 'a, b' }, ok: false },
      { id: '8', figure: { name: 'cold start', value: 9, unit: 'ratio', detail: 'a, b' } },
    ]);
    expect(out).toMatch(/^1\s+engine\s+4\.00\s+≤ 3\s+MISSED/m);
    expect(out).toMatch(/^8\s+cold start\s+9\.00\s+reported\s+—/m);
  });

  it('prints a third decimal when two would show a missed figure on its budget', () => {
    const out = table([
      { id: '2', figure: { name: 'rules', value: 1.5031, unit: 'ratio', budget: { max: 1.5 }, detail: 'a, b' }, ok: false },
      { id: '3', figure: { name: 'text', value: 9.8512, unit: 'ratio', budget: { min: 8, max: 12 }, detail: 'a, b' }, ok: true },
    ]);
    expect(out).toMatch(/^2\s+rules\s+1\.503\s+≤ 1\.5\s+MISSED/m);
    expect(out).toMatch(/^3\s+text\s+9\.85\s/m);
  });
});
