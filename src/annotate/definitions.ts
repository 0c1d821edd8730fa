/**
 * Short names a text gives its parties ("hereinafter referred to as 'the Agency'", "ci-après dénommé
 * «Direction»", "hierna te noemen ..."). A short name takes the bearer its own words or the defined
 * phrase reveal ("the receiving country (hereinafter 'MOM')"); a name that reveals none is ignored.
 */
import type { Bearer, Token } from './types.js';
import type { CompiledLexicon } from './compile.js';
import type { StartBits } from './markers.js';
import { gapBefore } from './clauses.js';
import { endOf, startOf } from './spans.js';

const OPEN_QUOTE = /["'\u2018\u201C\u201E\u00AB\u2039]/;
const CLOSE_QUOTE = /["'\u2019\u201D\u201C\u00BB\u203A)]/;
const LONGEST_QUOTED = 6;
const LONGEST_BARE = 4;
const DEFINIENDUM = 12;

interface Alias { norms: string[]; bearer: Bearer }

/** The short names of one document, found in any sentence and matched in all. */
export class AliasSet {
  private byFirst = new Map<string, Alias[]>();

  add(norms: string[], bearer: Bearer): void {
    const list = this.byFirst.get(norms[0]) ?? [];
    if (!list.some((a) => a.norms.join(' ') === norms.join(' '))) list.push({ norms, bearer });
    this.byFirst.set(norms[0], list);
  }

  find(tokens: Token[]): Array<{ bearer: Bearer; start: number; end: number }> {
    const out: Array<{ bearer: Bearer; start: number; end: number }> = [];
    if (!this.byFirst.size) return out;
    for (let i = 0; i < tokens.length; i++) {
      const list = this.byFirst.get(tokens[i].norm);
      if (!list) continue;
      for (const a of list) {
        if (a.norms.every((n, k) => tokens[i + k]?.norm === n)) out.push({ bearer: a.bearer, start: i, end: i + a.norms.length });
      }
    }
    return out;
  }
}

/** Add the short names that one sentence defines. */
export function collectDefinitions(text: string, tokens: Token[], spans: Int32Array, lex: CompiledLexicon, aliases: AliasSet, starts?: StartBits): void {
  for (const m of lex.definitions.find(tokens, 0, tokens.length, starts)) {
    const name = shortName(text, tokens, spans, m.end, lex);
    if (!name) continue;
    const bearer = lastBearer(tokens.slice(name[0], name[1]), lex) ?? lastBearer(definiendum(text, tokens, spans, m.start), lex);
    if (bearer) aliases.add(tokens.slice(name[0], name[1]).map((t) => t.norm), bearer);
  }
}

/** Token range of the name after the marker: within quotes, or a few words up to punctuation. */
function shortName(text: string, tokens: Token[], spans: Int32Array, from: number, lex: CompiledLexicon): [number, number] | undefined {
  if (from >= tokens.length) return undefined;
  const quoted = OPEN_QUOTE.test(text.slice(from > 0 ? endOf(spans, from - 1) : 0, startOf(spans, from)));
  const longest = quoted ? LONGEST_QUOTED : LONGEST_BARE;
  let end = from + 1;
  while (end < tokens.length && end - from < longest) {
    const gap = gapBefore(text, spans, end);
    if (quoted ? CLOSE_QUOTE.test(gap) : /[),;.:]/.test(gap)) break;
    end++;
  }
  let start = from;
  while (end - start > 1 && lex.stopwords.has(tokens[start].norm)) start++; // "the Agency" is used as "Agency" too
  return [start, end];
}

/** The words defined: back from the marker to the clause start, at most a dozen. */
function definiendum(text: string, tokens: Token[], spans: Int32Array, marker: number): Token[] {
  let start = marker;
  while (start > 0 && marker - start < DEFINIENDUM && !/[;.]/.test(gapBefore(text, spans, start))) start--;
  return tokens.slice(start, marker);
}

function lastBearer(tokens: Token[], lex: CompiledLexicon): Bearer | undefined {
  const found = lex.bearers.find(tokens);
  return found.length ? found[found.length - 1].tag : undefined;
}
