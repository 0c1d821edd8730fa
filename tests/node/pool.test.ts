import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkAll, type CheckOutcome, type CheckTask } from '../../src/node/pool.js';
import { ensureBuilt, ROOT } from '../helpers/built-cli.js';
import { csvSections } from '../../src/report/formats/csv.js';
import { builtinPack } from '../../src/rules/index.js';
import type { DocumentReport } from '../../src/score/report.js';

const CORPUS = join(ROOT, '../shared/corpus/texts');
const tasks: CheckTask[] = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().slice(0, 12)
  .map((f, id) => ({ id, source: join(CORPUS, f), cwd: ROOT }));
const missingFile: CheckTask = { id: tasks.length, source: 'no/such/file.txt', cwd: ROOT };
let workerFile = '';

beforeAll(() => { workerFile = join(dirname(ensureBuilt()), 'check-worker.js'); }, 180_000);

const reports = (outcomes: CheckOutcome[]) => outcomes.map((o) => (!o.ok ? o.code : 'report' in o ? o.report : o.rendered));

describe('checking a batch on several threads', { timeout: 240_000 }, () => {
  it('gives every document the report one thread gives, in task order', async () => {
    const all = [...tasks, missingFile];
    const serial = await checkAll(all, { jobs: 1, options: {} });
    const done: number[] = [];
    const parallel = await checkAll(all, { jobs: 3, options: {}, workerFile, minTasksPerWorker: 1, onDone: (o) => done.push(o.id) });
    expect(reports(parallel)).toEqual(reports(serial));
    expect(reports(parallel).at(-1)).toBe('FILE_NOT_FOUND');
    expect(done.sort((a, b) => a - b)).toEqual(all.map((t) => t.id));
  });

  it('fails only the document a dead worker was checking, replaces the worker and checks the rest', async () => {
    const dying = join(ROOT, 'tests/node/fixtures/dying-worker.mjs');
    const serial = await checkAll(tasks, { jobs: 1, options: {} });
    const done: number[] = [];
    const outcomes = await checkAll(tasks, { jobs: 3, options: {}, workerFile: dying, minTasksPerWorker: 1, onDone: (o) => done.push(o.id) });
    expect(outcomes.map((o) => o.id)).toEqual(tasks.map((t) => t.id));
    expect(done.sort((a, b) => a - b)).toEqual(tasks.map((t) => t.id));
    const failed = outcomes.filter((o) => !o.ok);
    expect(failed.length).toBeGreaterThan(0); // the workers start long before this thread has compiled the pack
    for (const o of failed) expect(o).toEqual({ id: o.id, ok: false, code: 'WORKER_FAILED', message: `worker died on ${tasks[o.id].source}` });
    for (const o of outcomes) if (o.ok) expect(reports([o])[0]).toEqual(reports(serial)[o.id]);
  });

  it('hands back each document as its section of the report, printed on the thread that checked it', async () => {
    const serial = await checkAll(tasks, { jobs: 1, options: {} });
    const printed = await checkAll(tasks, { jobs: 3, options: {}, sections: 'csv', workerFile, minTasksPerWorker: 1 });
    const pack = builtinPack('ilo-bla');
    for (const [i, o] of printed.entries()) {
      const report = reports([serial[i]])[0] as DocumentReport;
      expect(o).toEqual({ id: i, ok: true, rendered: { source: report.source, score: report.scores.overall.score, section: csvSections.document(report, { pack }) } });
    }
  });

  it('keeps a small batch on the main thread, starting no worker', async () => {
    const outcomes = await checkAll(tasks.slice(0, 3), { jobs: 4, options: {}, workerFile: join(ROOT, 'no/such/worker.js') });
    expect(outcomes.every((o) => o.ok)).toBe(true);
  });

  it('stops with the error when the pack does not compile, before any document is checked', async () => {
    const pack = { id: 'broken', version: '1', title: 'Broken', elements: [], concepts: { c: { en: ['(unclosed'] } } };
    const done: number[] = [];
    await expect(checkAll(tasks, { jobs: 2, options: { pack: pack as never }, workerFile, minTasksPerWorker: 1, onDone: (o) => done.push(o.id) })).rejects.toThrow(/unclosed|pattern|column/i);
    expect(done).toEqual([]);
  });
});
