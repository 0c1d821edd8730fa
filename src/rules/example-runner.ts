/**
 * Runs every element's `examples` through the whole pipeline, like ESLint's RuleTester: each example
 * is one small document and must come out with the status it is listed under. Browser-safe: the
 * caller passes the pipeline in.
 */
import { elementStatuses, type ElementStatus, type Pack } from './pack-schema.js';

/** Checks one small text with the pack and returns each element's status. */
export type ExamplePipeline = (text: string) => Promise<Array<{ element: string; status: ElementStatus }>>;

export interface ExampleResult {
  element: string;
  expected: ElementStatus;
  /** Undefined when the pipeline failed or gave no verdict for the element. */
  actual?: ElementStatus;
  text: string;
  error?: string;
  passed: boolean;
}

export interface ExampleRun {
  results: ExampleResult[];
  failures: ExampleResult[];
}

export async function runExamples(pack: Pack, pipeline: ExamplePipeline, only?: { elements?: string[] }): Promise<ExampleRun> {
  const results: ExampleResult[] = [];
  for (const element of pack.elements) {
    if (only?.elements && !only.elements.includes(element.id)) continue;
    for (const expected of elementStatuses) {
      for (const text of element.examples?.[expected] ?? []) results.push(await runOne(element.id, expected, text, pipeline));
    }
  }
  return { results, failures: results.filter((r) => !r.passed) };
}

async function runOne(element: string, expected: ElementStatus, text: string, pipeline: ExamplePipeline): Promise<ExampleResult> {
  try {
    const actual = (await pipeline(text)).find((v) => v.element === element)?.status;
    return { element, expected, actual, text, passed: actual === expected };
  } catch (err) {
    return { element, expected, text, error: (err as Error)?.message ?? String(err), passed: false };
  }
}

/** One block per failing example, then a summary line. */
export function formatExampleRun(run: ExampleRun): string {
  const lines: string[] = [];
  for (const f of run.failures) {
    const got = f.error ? `error: ${f.error}` : `got ${f.actual ?? 'no verdict'}`;
    lines.push(`✗ ${f.element}: expected ${f.expected}, ${got}`, `    ${JSON.stringify(f.text)}`);
  }
  const passed = run.results.length - run.failures.length;
  lines.push(`${passed} of ${run.results.length} examples passed${run.failures.length ? `, ${run.failures.length} failed` : ''}`);
  return lines.join('\n');
}
