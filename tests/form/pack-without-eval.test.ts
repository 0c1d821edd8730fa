/**
 * The form's worker runs under the page's Content-Security-Policy, which forbids eval, so ajv cannot
 * compile the pack schema there. Packs must still load, and mistakes must still point at their line.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const RealFunction = globalThis.Function;

beforeAll(() => {
  // What Chromium does to `new Function(...)` under a policy without 'unsafe-eval'.
  vi.stubGlobal('Function', function refused() {
    throw new EvalError("Evaluating a string as JavaScript violates the following Content Security Policy directive: script-src 'self'");
  });
});
afterAll(() => {
  vi.stubGlobal('Function', RealFunction);
  vi.unstubAllGlobals();
});

describe('rule packs where eval is forbidden', () => {
  it('loads the built-in pack', async () => {
    const { builtinPack } = await import('../../src/rules/index.js');
    expect(builtinPack('ilo-bla').elements.length).toBe(37);
  });

  it('still reports a mistake with its file and line', async () => {
    const { parsePack, PackError } = await import('../../src/rules/index.js');
    const text = 'id: mine\nversion: 1.0.0\nelements:\n  - id: x\n    title: X\n    phase: A\n    level: sometimes\nconcepts: {}\n';
    let error: unknown;
    try {
      parsePack(text, 'mine.yaml');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PackError);
    expect((error as Error).message).toMatch(/mine\.yaml:7/);
  });
});
