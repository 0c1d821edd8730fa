import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinPack } from '../../src/rules/builtin.js';
import { PackError } from '../../src/rules/diagnostics.js';
import { parsePack } from '../../src/rules/load.js';
import type { Pack } from '../../src/rules/pack-schema.js';
import { resolvePack, selectElements } from '../../src/rules/resolve.js';

const fixtures = new URL('./fixtures/', import.meta.url);
const load = (name: string): Pack => parsePack(readFileSync(new URL(name, fixtures), 'utf8'), name.replace(/^\.\//, ''));
/** A loader as the CLI has one: files relative to the fixtures folder. */
const fileLoader = (ref: string) => load(ref);

function messages(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof PackError) return err.message.split('\n');
    throw err;
  }
  return [];
}

describe('extends, select and override', () => {
  const child = resolvePack(load('child.yaml'), fileLoader);

  it('keeps only the parent elements that select names, then adds its own', () => {
    expect(child.elements.map((e) => e.id)).toEqual(['fees', 'return', 'domestic']);
  });

  it('lets a child element replace the parent element with the same id, in its place', () => {
    expect(child.elements[0].title).toBe('No fees, stricter');
    expect(child.elements[0].addressed).toEqual({ obligation: { concept: 'fee', force: 'binding' } });
  });

  it('merges concepts language by language', () => {
    expect(child.concepts.fee).toEqual({ en: ['placement fee'], fr: ['frais'] });
    expect(child.concepts.return).toEqual({ en: ['return'] });
    expect(Object.keys(child.concepts)).toContain('domestic');
  });

  it('keeps the child identity and leaves no extends or select behind', () => {
    expect(child).toMatchObject({ id: 'child', version: '2.0.0' });
    expect(child.extends).toBeUndefined();
    expect(child.select).toBeUndefined();
  });

  it('returns a pack without extends as it is', () => {
    const base = load('base.yaml');
    expect(resolvePack(base, fileLoader)).toBe(base);
  });
});

describe('resolution errors', () => {
  it('reports circular extends with the chain', () => {
    expect(messages(() => resolvePack(load('loop-a.yaml'), fileLoader))).toEqual([
      'loop-b.yaml:3:10: circular extends: loop-a → loop-b → loop-a',
    ]);
  });

  it('checks concept references against the merged concepts', () => {
    expect(messages(() => resolvePack(load('missing-concept-child.yaml'), fileLoader))).toEqual([
      "missing-concept-child.yaml:10:39: unknown concept 'fees' in mentions of element 'extra' (did you mean 'fee'?)",
    ]);
  });

  it('refuses a select that names an element or tag the parent lacks', () => {
    expect(messages(() => resolvePack(load('bad-select.yaml'), fileLoader))).toEqual([
      "bad-select.yaml:4:23: pack 'base' has no element 'no-such-element'",
      "bad-select.yaml:4:48: no element of pack 'base' carries tag 'nothing-carries-this'",
    ]);
  });
});

describe('selectElements', () => {
  const base = load('base.yaml');

  it('keeps elements by id or by tag', () => {
    expect(selectElements(base, { ids: ['contract'] }).elements.map((e) => e.id)).toEqual(['contract']);
    expect(selectElements(base, { tags: ['recruitment'] }).elements.map((e) => e.id)).toEqual(['fees', 'return']);
    expect(selectElements(base, { ids: ['contract'], tags: ['return'] }).elements.map((e) => e.id)).toEqual(['contract', 'return']);
  });

  it('keeps everything when given no criterion', () => {
    expect(selectElements(base, {})).toBe(base);
  });
});

describe('built-in packs', () => {
  it('says clearly when a built-in pack does not exist', () => {
    expect(() => builtinPack('no-such-pack')).toThrow(/no built-in rule pack 'no-such-pack' \(built-in packs: /);
  });
});
