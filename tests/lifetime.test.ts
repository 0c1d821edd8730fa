// A check's records are made so that V8 does not move them to the old generation at birth (src/lifetime.ts).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkList, rangeOf } from '../src/lifetime.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

describe('lists for one check', () => {
  it('are new and empty each time, and ranges hold their two ends', () => {
    const a = checkList<number>();
    const b = checkList<number>();
    a.push(1);
    expect(a).toEqual([1]);
    expect(b).toEqual([]);
    expect(rangeOf(3, 8)).toEqual([3, 8]);
  });
});

/**
 * What both child scripts below start with: V8's `%InYoungGeneration`, a text of about 100 kB (an
 * agreement with its annexes: a check then fills a good part of the young generation), and a count
 * of the records looked at and of those born old, which `bornOld` prints at the end.
 */
const PRELUDE = `
const young = new Function('o', 'return %InYoungGeneration(o)');
const { readFileSync } = await import('node:fs');
const { ingest } = await import('./src/ingest/index.ts');
const doc = await ingest(Array(12).fill(readFileSync('examples/mou-en.txt', 'utf8')).join('\\n\\n'), 'mou-en-x12.txt');
const count = { old: 0, all: 0 };
const note = (o) => { count.all++; if (!young(o)) count.old++; };
`;

/**
 * Runs in a child process, as it needs V8's `%InYoungGeneration`: after many checks of one text (enough
 * for V8 to decide which allocation sites to pretenure), the provisions, sentences, their token lists
 * and spans, and the hits of further checks must still be born in the young generation (tokens
 * themselves are word forms kept across checks, src/annotate/spans.ts). Page promotion is off and the young
 * generation is held at its usual 16 MB (a busy machine can make V8 shrink it), so only a record that
 * outlived two young collections within its own check could be old, and a 100 kB check allocates far
 * less than two young generations.
 */
const CHILD = `
const { segment, flatten } = await import('./src/structure/index.ts');
const { annotate } = await import('./src/annotate/index.ts');
const { match } = await import('./src/rules/index.ts');
const { judge } = await import('./src/judge/index.ts');
const { prepare } = await import('./src/core.ts');
const prepared = prepare();
const run = () => {
  const root = segment(doc);
  const annotated = annotate(doc, root, { lexicons: prepared.lexicons });
  const hits = match(annotated, prepared.compiled);
  judge(annotated, hits, prepared.compiled);
  return { provisions: flatten(root), sentences: annotated.sentences, hits };
};
for (let i = 0; i < 100; i++) run();
for (let i = 0; i < 5; i++) {
  const { provisions, sentences, hits } = run();
  provisions.forEach(note);
  for (const s of sentences) { note(s); note(s.tokens); note(s.spans); }
  hits.forEach(note);
}
`;

/** Run a child script after the prelude: how many of the records it noted were born old, of how many. */
function bornOld(child: string): { old: number; all: number } {
  const script = `${PRELUDE}${child}\nconsole.log(JSON.stringify(count));`;
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--no-page-promotion', '--min-semi-space-size=16', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { old: number; all: number };
}

describe('records of a check', () => {
  it('are born young even after V8 has watched a hundred checks', () => {
    const count = bornOld(CHILD);
    expect(count.all).toBeGreaterThan(10_000);
    // Before the records were made this way, about one in six was born old.
    expect(count.old / count.all).toBeLessThan(0.01);
  }, 300_000);
});

/**
 * The same for what judge makes: with a pack of 370 elements (the bench's ×10 pack) a document's
 * verdicts stand from the first element judged to the last, so a young collection in the middle of
 * judging finds them alive. Made as object literals, V8 pretenured them and about two in three verdicts,
 * evidence items, matches and trace lines of later checks were born old (src/judge/records.ts).
 */
const JUDGE_CHILD = `
const { checkText, prepare } = await import('./src/core.ts');
const { builtinPack } = await import('./src/rules/index.ts');
const { multiplyPack } = await import('./bench/lib/pack-x10.ts');
const prepared = prepare({ pack: multiplyPack(builtinPack('ilo-bla'), 10) });
for (let i = 0; i < 60; i++) checkText(doc, {}, prepared);
for (let i = 0; i < 3; i++) {
  for (const v of checkText(doc, {}, prepared).elements) {
    note(v); note(v.reasons); v.trace.forEach(note);
    for (const e of v.evidence) { note(e); note(e.concepts); note(e.checks); e.matches.forEach(note); }
    if (v.nearMisses) { note(v.searched); v.nearMisses.forEach(note); }
  }
}
`;

describe('verdicts of a check with a large pack', () => {
  it('are born young even after V8 has watched sixty checks', () => {
    const count = bornOld(JUDGE_CHILD);
    expect(count.all).toBeGreaterThan(10_000);
    expect(count.old / count.all).toBeLessThan(0.01);
  }, 300_000);
});
