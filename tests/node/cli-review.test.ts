import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Report } from '../../src/score/report.js';
import { decisionFor, emptyDecisions, withDecision } from '../../src/review/index.js';
import { ensureBuilt, runCli, ROOT } from '../helpers/built-cli.js';

const MOU = join(ROOT, 'examples/mou-en.txt');

beforeAll(() => { ensureBuilt(); }, 180_000);

function reportOf(stdout: string) {
  return Report.parse(JSON.parse(stdout)).documents[0];
}

describe('reviewing with the command line', { timeout: 240_000 }, () => {
  it('applies a reviewer decision, and reports it stale once the provision is redrafted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bla-review-'));
    copyFileSync(MOU, join(dir, 'mou.txt'));
    const before = reportOf(runCli(['check', 'mou.txt', '--format', 'json'], { cwd: dir }).stdout);
    const target = before.elements.find((v) => v.status !== 'addressed' && v.evidence.length)!;
    expect(target).toBeDefined();
    const decisions = withDecision(emptyDecisions(), decisionFor(target, before, 'addressed', 'read with the annex, the text settles it', 'M. Official', '2025-05-02'));
    writeFileSync(join(dir, 'review.json'), JSON.stringify(decisions));

    const reviewed = reportOf(runCli(['check', 'mou.txt', '--format', 'json', '--decisions', 'review.json'], { cwd: dir }).stdout);
    const v = reviewed.elements.find((x) => x.element === target.element)!;
    expect(reviewed.reviewed).toBe(true);
    expect(v.status).toBe('addressed');
    expect(v.decision).toMatchObject({ machineStatus: target.status, reviewer: 'M. Official' });

    const raw = readFileSync(MOU, 'utf8');
    const quote = target.evidence[0].quote;
    expect(raw).toContain(quote);
    writeFileSync(join(dir, 'mou.txt'), raw.replace(quote, quote.replace(/(\w{5,})/, '$1 (as amended)')));
    const redrafted = runCli(['check', 'mou.txt', '--format', 'json', '--decisions', 'review.json'], { cwd: dir });
    const after = reportOf(redrafted.stdout);
    expect(after.staleDecisions).toEqual([{ element: target.element, reason: expect.stringContaining('changed since the decision') }]);
    const flagged = after.elements.find((x) => x.element === target.element)!;
    expect(flagged.decision).toBeUndefined();
    expect(flagged.needsReview).toBe(true);
    expect(flagged.reasons).toContain('decision-stale');
  });

  it('explains a verdict: checks, evidence and what was searched', () => {
    // Take one found and one absent element from the example's own report, so the test follows the pack.
    const elements = reportOf(runCli(['check', 'examples/mou-en.txt', '--format', 'json']).stdout).elements;
    const found = elements.find((v) => v.status === 'addressed')!;
    const absent = elements.find((v) => v.status === 'absent')!;
    const explainFound = runCli(['explain', 'examples/mou-en.txt', found.element]);
    expect(explainFound.code).toBe(0);
    expect(explainFound.stdout).toMatch(new RegExp(`^${found.element}: `));
    expect(explainFound.stdout).toMatch(/\nVerdict: Addressed \(confidence/);
    expect(explainFound.stdout).toMatch(/\nChecks \(\d+\):\n {2}(PASS|fail) {2}addressed\./);
    expect(explainFound.stdout).toContain(found.evidence[0].quote);
    const explainAbsent = runCli(['explain', 'examples/mou-en.txt', absent.element]);
    expect(explainAbsent.stdout).toMatch(/\nVerdict: Absent \(confidence/);
    expect(explainAbsent.stdout).toMatch(/\nSearched: scopes /);
    expect(explainAbsent.stdout).toMatch(/\nNear misses:\n {2}- /);
  });

  it('refuses an element the pack does not have, suggesting close ids', () => {
    const { code, stderr } = runCli(['explain', 'examples/mou-en.txt', 'recruitment-fees']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^bla-check: no element "recruitment-fees" in pack ilo-bla \(did you mean recruitment-/);
  });

  it('compares two drafts element by element', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bla-compare-'));
    copyFileSync(MOU, join(dir, 'v1.txt'));
    const raw = readFileSync(MOU, 'utf8');
    writeFileSync(join(dir, 'v2.txt'), raw + '\n\nArticle 99\nThe employer may retain the passport of the worker. The Parties shall establish a Joint Committee.\n');
    const { code, stdout } = runCli(['compare', 'v1.txt', 'v2.txt', '--format', 'json'], { cwd: dir });
    expect(code).toBe(0);
    const cmp = JSON.parse(stdout);
    expect(cmp.a.source).toBe('v1.txt');
    expect(cmp.b.source).toBe('v2.txt');
    expect(cmp.rows.length).toBeGreaterThan(30);
    expect(Object.values(cmp.summary as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(cmp.rows.length);
    const md = runCli(['compare', 'v1.txt', 'v1.txt'], { cwd: dir }).stdout;
    expect(md).toMatch(/^# bla-check comparison\n/);
    expect(md).toMatch(/0 worse · 0 disappeared · 0 appeared · 0 better · \d+ same/);
  });
});
