// pdf.js's legacy build carries core-js, which replaces built-ins process-wide (on Node 20
// Array.prototype.push and JSON.parse): every later check would run on slow polyfills.
import { describe, expect, it, vi } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { fixture } from './helpers.js';

/** Every own property of the objects a polyfill library patches, by identity. */
function builtinSlots(): Map<string, unknown> {
  const owners = { 'Array.prototype': Array.prototype, JSON, 'Function.prototype': Function.prototype, 'Object': Object, 'String.prototype': String.prototype, 'Map.prototype': Map.prototype };
  const slots = new Map<string, unknown>();
  for (const [name, owner] of Object.entries(owners)) {
    for (const key of Reflect.ownKeys(owner)) {
      const d = Object.getOwnPropertyDescriptor(owner, key)!;
      slots.set(`${name}.${String(key)}`, d.value ?? d.get);
    }
  }
  return slots;
}

describe('reading a PDF', () => {
  it('leaves the built-ins of the process as they were, so later checks keep V8\'s own push and JSON.parse', async () => {
    const before = builtinSlots();
    const push = Array.prototype.push;
    const doc = await ingest(fixture('agreement-3pages.pdf'), 'mou.pdf');
    expect(doc.pages).toHaveLength(3);
    expect(Array.prototype.push).toBe(push);
    const after = builtinSlots();
    const changed = [...before].filter(([key, value]) => !Object.is(after.get(key), value)).map(([key]) => key);
    expect(changed).toEqual([]);
  });

  it('keeps what pdf.js adds where the engine lacks it, since pdf.js needs it', async () => {
    await ingest(fixture('agreement-3pages.pdf'), 'mou.pdf');
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe('function');
  });

  it('leaves alone a built-in the program itself replaces once pdf.js has loaded', async () => {
    await ingest(fixture('agreement-3pages.pdf'), 'mou.pdf');
    const push = Array.prototype.push;
    const own = function ownPush(this: unknown[], ...items: unknown[]) { return push.apply(this, items); };
    Array.prototype.push = own;
    try {
      await ingest(fixture('agreement-3pages.pdf'), 'mou.pdf');
      expect(Array.prototype.push).toBe(own);
    } finally {
      Array.prototype.push = push;
    }
  });
});

describe('restoring built-ins', () => {
  it('puts back a replaced method and leaves an added one', async () => {
    vi.resetModules(); // a fresh watch: the PDFs read above have settled this file's
    const { rememberBuiltins, restoreBuiltins } = await import('../../src/ingest/builtins.js');
    rememberBuiltins();
    const push = Array.prototype.push;
    const proto = Array.prototype as unknown as Record<string, unknown>;
    try {
      proto.push = function polyfilled(this: unknown[], ...items: unknown[]) { return push.apply(this, items); };
      proto.addedByTest = () => 1;
      expect(restoreBuiltins()).toBe(1);
      expect(Array.prototype.push).toBe(push);
      expect(proto.addedByTest).toBeTypeOf('function');
    } finally {
      Array.prototype.push = push;
      delete proto.addedByTest;
    }
  });
});
