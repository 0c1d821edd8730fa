import { describe, expect, it } from 'vitest';
import { formatExampleRun, runExamples, type ExamplePipeline } from '../../src/rules/example-runner.js';
import { validatePack } from '../../src/rules/load.js';

const pack = validatePack({
  id: 'p',
  version: '1',
  elements: [
    { id: 'fees', title: 'Fees', phase: 'A', level: 'core', question: 'Fees?', addressed: { mentions: { concept: 'fee' } },
      examples: { addressed: ['no fee'], absent: ['nothing here', 'a fee after all'] } },
    { id: 'return', title: 'Return', phase: 'G', level: 'core', question: 'Return?', addressed: { mentions: { concept: 'fee' } },
      examples: { weak: ['crash'] } },
  ],
  concepts: { fee: { en: ['fee'] } },
});

/** A stand-in pipeline: "fee" in the text makes every element addressed; "crash" throws. */
const pipeline: ExamplePipeline = async (text) => {
  if (text === 'crash') throw new Error('pipeline broke');
  const status = text.includes('fee') ? 'addressed' : 'absent';
  return [{ element: 'fees', status }, { element: 'return', status }];
};

describe('runExamples', () => {
  it('runs every example of every element and marks the ones that come out otherwise', async () => {
    const run = await runExamples(pack, pipeline);
    expect(run.results.map((r) => [r.element, r.expected, r.actual, r.passed])).toEqual([
      ['fees', 'addressed', 'addressed', true],
      ['fees', 'absent', 'absent', true],
      ['fees', 'absent', 'addressed', false],
      ['return', 'weak', undefined, false],
    ]);
    expect(run.failures[1].error).toBe('pipeline broke');
  });

  it('runs only the elements asked for', async () => {
    const run = await runExamples(pack, pipeline, { elements: ['return'] });
    expect(run.results.map((r) => r.element)).toEqual(['return']);
  });

  it('prints each failure with its text, then a summary', async () => {
    expect(formatExampleRun(await runExamples(pack, pipeline))).toBe([
      '✗ fees: expected absent, got addressed',
      '    "a fee after all"',
      '✗ return: expected weak, error: pipeline broke',
      '    "crash"',
      '2 of 4 examples passed, 2 failed',
    ].join('\n'));
  });
});
