import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, prepare } from '../../src/core.js';
import { ingest } from '../../src/ingest/index.js';
import { compilePack, fromPortable, selectElements, toPortable } from '../../src/rules/index.js';

const ROOT = join(import.meta.dirname, '../..');

describe('a compiled pack posted to a worker thread', () => {
  it('checks a document exactly as the pack it was made from', async () => {
    const prepared = prepare({});
    const posted = structuredClone(toPortable(prepared.compiled));
    const received = { compiled: fromPortable(posted, prepared.lexicons), lexicons: prepared.lexicons };
    for (const file of ['examples/mou-en.txt', 'examples/accord-fr.txt']) {
      const document = await ingest(new Uint8Array(readFileSync(join(ROOT, file))), file);
      expect(checkText(document, {}, received)).toEqual(checkText(document, {}, prepared));
    }
  });

  it('lends its automata to packs narrowed from it, which compile nothing again', () => {
    const prepared = prepare({});
    const received = fromPortable(structuredClone(toPortable(prepared.compiled)), prepared.lexicons);
    const narrowed = selectElements(received.pack, { tags: ['C181'] });
    expect(compilePack(narrowed, prepared.lexicons).matcher).toBe(received.matcher);
  });

  it('keeps every state, edge, gap and accepted pattern of the automata', () => {
    const { compiled } = prepare({});
    const back = fromPortable(structuredClone(toPortable(compiled)), prepare({}).lexicons);
    for (const [language, table] of compiled.matcher!.automata) {
      expect(back.matcher!.automata.get(language)!.toData()).toEqual(table.toData());
    }
    expect(back.matcher!.fallback.toData()).toEqual(compiled.matcher!.fallback.toData());
  });
});
