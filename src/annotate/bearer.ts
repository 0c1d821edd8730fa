/**
 * Who carries the duty or right a sentence states. An agent after the force marker decides first
 * ("shall be borne by the employer", "à la charge de l'employeur"); otherwise the first party named
 * before the force marker, the grammatical subject in the word order of these languages. Nothing
 * named: no bearer, rather than a guess.
 */
import type { Bearer, Token } from './types.js';
import type { CompiledLexicon } from './compile.js';
import type { AliasSet } from './definitions.js';
import { gapBefore } from './clauses.js';

interface Named { bearer: Bearer; start: number; end: number }

/** Tokens allowed between an agent word and the party ("by the", "par l'"). */
const AGENT_GAP = 2;

export function findBearer(text: string, tokens: Token[], forceAt: number, lex: CompiledLexicon, aliases: AliasSet): Bearer | undefined {
  if (forceAt < 0) return undefined;
  const named = partiesNamed(tokens, lex, aliases);
  if (!named.length) return undefined;
  const agent = agentAfter(tokens, forceAt, lex, named);
  if (agent) return agent;
  const from = subjectWindowStart(text, tokens, lex);
  return named.find((p) => p.start >= from && p.start < forceAt)?.bearer;
}

/** Parties named in the sentence, one per place: the longest name wins, a name the text defined wins ties. */
export function partiesNamed(tokens: Token[], lex: CompiledLexicon, aliases: AliasSet): Named[] {
  const all: Named[] = [...aliases.find(tokens), ...lex.bearers.find(tokens).map((m) => ({ bearer: m.tag, start: m.start, end: m.end }))];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Named[] = [];
  for (const p of all) if (!out.length || p.start >= out[out.length - 1].end) out.push(p);
  return out;
}

function agentAfter(tokens: Token[], forceAt: number, lex: CompiledLexicon, named: Named[]): Bearer | undefined {
  for (const a of lex.agents.find(tokens, forceAt)) {
    const p = named.find((q) => q.start >= a.end && q.start - a.end <= AGENT_GAP);
    if (p) return p.bearer;
  }
  return undefined;
}

/** "Where the worker is dismissed, the employer shall ...": the subject comes after the first comma. */
function subjectWindowStart(text: string, tokens: Token[], lex: CompiledLexicon): number {
  if (!lex.subordinators.has(tokens[0].norm)) return 0;
  for (let j = 1; j < tokens.length; j++) if (gapBefore(text, tokens, j).includes(',')) return j;
  return 0;
}
