/**
 * Hostile rule packs, from the command line a pack author uses: `bla-check rules validate` and
 * `bla-check check --pack` name the file, line and column of every mistake and exit 2; and no pack that
 * passes validation can make matching more than linear in the text. The engine's own cases (state caps,
 * rule-count scaling) are in tests/rules/adversarial.test.ts; this file adds the user's view and the
 * 1× against 4× text comparison through the real annotator.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/node/io.js';
import { main } from '../../src/node/main.js';
import { annotate, builtinLexicons } from '../../src/annotate/index.js';
import { ingest } from '../../src/ingest/index.js';
import { segment } from '../../src/structure/index.js';
import { compilePack, parsePack, builtinPack, match } from '../../src/rules/index.js';
import { MAX_LIVE_STATES, newStats } from '../../src/rules/match.js';
import { ROOT } from './helpers.js';

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), isTTY: false, color: false, cwd: ROOT, env: {}, readStdin: async () => new Uint8Array() };
  return { code: await main(args, io), stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'bla-packs-'));
function pack(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const element = (id: string, extra = '') => `  - id: ${id}
    title: No fees
    phase: A
    level: core
    question: Fees?
    addressed: { mentions: { concept: fee } }${extra}
`;
const withConcept = (patterns: string) => `id: p\nversion: 1.0.0\nelements:\n${element('fees')}concepts:\n  fee: { en: [${patterns}] }\n`;
const laughs = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)];

/** Each hostile pack, and the position and words its first mistake must be reported with. */
const hostile: Array<[name: string, text: string, where: string, says: RegExp]> = [
  ['unknown-key.yaml', withConcept('fee').replace('addressed:', 'adressed:'), '9:5', /unknown property 'adressed'/],
  ['wrong-type.yaml', withConcept('fee').replace('title: No fees', 'title: [No, fees]'), '5:12', /title must be a string, not a list/],
  ['duplicate-id.yaml', `id: p\nversion: 1.0.0\nelements:\n${element('fees')}${element('fees')}concepts:\n  fee: { en: [fee] }\n`, '10:9', /duplicate element id 'fees'/],
  ['alternatives.yaml', withConcept(`"(${Array.from({ length: 5000 }, (_, i) => `w${i}`).join('|')}) fee"`), '11:16', /more than 256 alternatives/],
  ['enormous-gap.yaml', withConcept('"recruitment ...999999999 fee"'), '11:28', /gap of 999999999 tokens is over the maximum of 12/],
  ['alias-bomb.yaml', `id: p\nversion: 1.0.0\n${laughs.join('\n')}\nconcepts: {}\n`, '4:8', /alias count/],
  ['not-yaml.yaml', '\u0001\u0002: [\n  {{{ ::: \u0000', '2:12', /Flow map in block collection/],
  ['wrong-root.yaml', '- just\n- a list\n', '1:1', /pack must be an object, not a list/],
];

describe('bla-check rules validate on hostile packs', () => {
  it.each(hostile)('%s: file:line:column and exit 2', async (name, text, where, says) => {
    const file = pack(name, text);
    const { code, stdout, stderr } = await cli('rules', 'validate', file);
    expect(code).toBe(2);
    const reported = `${stdout}${stderr}`.split('\n').find((l) => l.startsWith(`${file}:${where}`));
    expect(reported, `${stdout}${stderr}`).toMatch(says);
  });

  it('reports a circular extends where the loop closes', async () => {
    const a = pack('loop-a.yaml', 'id: a\nversion: 1.0.0\nextends: ./loop-b.yaml\nconcepts: {}\n');
    pack('loop-b.yaml', 'id: b\nversion: 1.0.0\nextends: ./loop-a.yaml\nconcepts: {}\n');
    const { code, stdout } = await cli('rules', 'validate', a);
    expect(code).toBe(2);
    expect(stdout).toMatch(/loop-b\.yaml:3:10: circular extends: a → b → a/);
  });

  it('quotes a wrong value briefly, never a whole file that extends points at', async () => {
    const { code, stdout } = await cli('rules', 'validate', pack('etc.yaml', 'id: p\nversion: 1.0.0\nextends: /etc/hostname\nconcepts: {}\n'));
    expect(code).toBe(2);
    for (const line of stdout.trim().split('\n')) expect(line.length).toBeLessThan(200);
  });
});

describe('bla-check check --pack with a hostile pack', () => {
  it.each(hostile)('%s: one line naming file:line:column, exit 2, no report', async (name, text, where) => {
    const file = pack(`check-${name}`, text);
    const { code, stdout, stderr } = await cli('check', 'examples/mou-en.txt', '--pack', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${file}:${where}`);
  });
});

/** Patterns that pass validation but try every trick: maximal gaps, optional words, wildcards, alternatives. */
const ADVERSARIAL = Array.from({ length: 30 }, (_, i) => [
  `"the ...12 (the|shall|employer) ...12 the ...12 (of|the) ...12 the ...12 x${i}"`,
  `"t* ...12 [the] ...12 s* ...12 [of] ...12 e* ...12 the"`,
].join(', ')).map((patterns, i) => `  c${i}: { en: [${patterns}] }`).join('\n');

async function workFor(text: string, compiled: ReturnType<typeof compilePack>): Promise<{ steps: number; tokens: number; maxLive: number }> {
  const doc = await ingest(text, 'x.txt');
  const annotated = annotate(doc, segment(doc), { language: 'en' });
  const stats = newStats();
  match(annotated, compiled, stats);
  const tokens = annotated.sentences.reduce((n, s) => n + s.tokens.length, 0);
  return { steps: stats.steps, tokens, maxLive: stats.maxLiveStates };
}

describe('no pack makes matching more than linear in the text', () => {
  const lexicons = builtinLexicons();
  const paragraph = 'Article 1\nThe the the shall the employer of the the the of the the shall the the of the employer the the of the. '.repeat(20);

  it('an adversarial pack does 4 × the work on 4 × the text, and stays under the live-state cap', async () => {
    const compiled = compilePack(parsePack(`id: adversarial\nversion: 1.0.0\nconcepts:\n${ADVERSARIAL}\n`, 'adversarial.yaml'), lexicons);
    const one = await workFor(paragraph, compiled);
    const four = await workFor(Array(4).fill(paragraph).join('\n'), compiled);
    expect(four.tokens / one.tokens).toBeCloseTo(4, 1);
    expect(four.steps / one.steps).toBeGreaterThan(3.5);
    expect(four.steps / one.steps).toBeLessThan(4.5);
    expect(four.maxLive).toBeLessThanOrEqual(MAX_LIVE_STATES);
    expect(four.steps).toBeLessThanOrEqual(four.tokens * (MAX_LIVE_STATES + 1));
  });

  it('so does the built-in pack on a real agreement', async () => {
    const compiled = compilePack(builtinPack('ilo-bla'), lexicons);
    const { readFileSync } = await import('node:fs');
    const mou = readFileSync(join(ROOT, 'examples/mou-en.txt'), 'utf8');
    const one = await workFor(mou, compiled);
    const four = await workFor(Array(4).fill(mou).join('\n\n'), compiled);
    expect(four.steps / one.steps).toBeGreaterThan(3.5);
    expect(four.steps / one.steps).toBeLessThan(4.5);
  });
});
