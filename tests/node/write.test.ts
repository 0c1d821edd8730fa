import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { AtomicFile, saveDecisions, writeFileAtomic } from '../../src/node/write.js';
import { decisionFor, emptyDecisions, parseDecisions, withDecision, type Decisions } from '../../src/review/index.js';
import { sampleDocument } from '../helpers/sample-report.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'bla-write-'));

describe('atomic writes', () => {
  it('replace a file whole and leave no temporary file behind', async () => {
    const dir = scratch();
    const file = join(dir, 'report.md');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new report');
    expect(readFileSync(file, 'utf8')).toBe('new report');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('write a report given in parts as the parts one after another', async () => {
    const file = join(scratch(), 'report.json');
    writeFileSync(file, 'a longer previous report that must not show through');
    await writeFileAtomic(file, ['{\n', '  "é": 1', '\n}\n']);
    expect(readFileSync(file, 'utf8')).toBe('{\n  "é": 1\n}\n');
  });

  it('leave the previous file intact when a part cannot be made', async () => {
    const dir = scratch();
    const file = join(dir, 'report.json');
    writeFileSync(file, 'previous');
    function* parts() { yield 'half a report'; throw new Error('render failed'); }
    await expect(writeFileAtomic(file, parts())).rejects.toThrow('render failed');
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('leave the previous file intact when the write fails', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'report.md'));
    writeFileSync(join(dir, 'report.md', 'keep'), 'x');
    await expect(writeFileAtomic(join(dir, 'report.md'), 'new')).rejects.toThrow();
    expect(readFileSync(join(dir, 'report.md', 'keep'), 'utf8')).toBe('x');
    expect(readdirSync(dir)).toEqual(['report.md']);
  });

  it('write a file in parts over time that takes the target\'s place only once committed', async () => {
    const dir = scratch();
    const file = join(dir, 'report.json');
    writeFileSync(file, 'previous');
    const growing = await AtomicFile.open(file);
    await growing.write('{"documents": [');
    await growing.write('1]}');
    expect(readFileSync(file, 'utf8')).toBe('previous');
    await growing.commit();
    expect(readFileSync(file, 'utf8')).toBe('{"documents": [1]}');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('leave the previous file and no trace when a file written in parts is discarded', async () => {
    const dir = scratch();
    const file = join(dir, 'report.json');
    writeFileSync(file, 'previous');
    const abandoned = await AtomicFile.open(file);
    await abandoned.write('half a report');
    await abandoned.discard();
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('save decisions that read back the same', async () => {
    const doc = sampleDocument();
    const v = doc.elements.find((e) => e.element === 'equal-treatment')!;
    const decisions = withDecision(emptyDecisions(), decisionFor(v, doc, 'addressed', 'annex settles it', 'R. Viewer', '2025-04-01'));
    const file = join(scratch(), 'review.json');
    await saveDecisions(file, decisions);
    expect(parseDecisions(readFileSync(file, 'utf8'))).toEqual(decisions);
  });

  it('refuse to save malformed decisions over a good file', async () => {
    const file = join(scratch(), 'review.json');
    writeFileSync(file, '{"version":1,"decisions":[]}');
    await expect(saveDecisions(file, { version: 1, decisions: [{ element: 'x' }] } as unknown as Decisions)).rejects.toThrow(/decisions\[0\]\.status/);
    expect(readFileSync(file, 'utf8')).toBe('{"version":1,"decisions":[]}');
  });
});
