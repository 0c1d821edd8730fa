/**
 * Who carries the duty or right a sentence states. An agent right after the force marker decides
 * first ("shall be borne by the employer", "sont à la charge de l'employeur"); then the first party
 * named before the force marker, the grammatical subject in the word order of these languages; then
 * an agent further on. Nothing named: no bearer, rather than a guess.
 */
import type { Bearer, Token } from './types.js';
import type { CompiledLexicon } from './compile.js';
import type { AliasSet } from './definitions.js';
import type { StartBits } from './markers.js';
import { gapBefore } from './clauses.js';

interface Named { bearer: Bearer; start: number; end: number }

/** Tokens allowed between an agent word and the party ("by the", "par l'"). */
const AGENT_GAP = 2;
/** An agent this close after the force marker is part of its verb phrase ("shall be borne by"). */
const AGENT_NEAR = 3;

export function findBearer(text: string, tokens: Token[], spans: Int32Array, forceAt: number, forceEnd: number, lex: CompiledLexicon, aliases: AliasSet, starts?: StartBits): Bearer | undefined {
  if (forceAt < 0) return undefined;
  const named = partiesNamed(tokens, lex, aliases, starts);
  if (!named.length) return undefined;
  const agents = agentsAfter(tokens, forceAt, lex, named, starts);
  const near = agents.find((a) => a.at - forceEnd <= AGENT_NEAR);
  if (near) return near.bearer;
  const from = subjectWindowStart(text, tokens, spans, lex);
  return named.find((p) => p.start >= from && p.start < forceAt)?.bearer ?? agents[0]?.bearer;
}

/** Parties named in the sentence, one per place: the longest name wins, a name the text defined wins ties. */
export function partiesNamed(tokens: Token[], lex: CompiledLexicon, aliases: AliasSet, starts?: StartBits): Named[] {
  const all: Named[] = aliases.find(tokens);
  for (const m of lex.bearers.find(tokens, 0, tokens.length, starts)) all.push({ bearer: m.tag, start: m.start, end: m.end });
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Named[] = [];
  for (const p of all) if (!out.length || p.start >= out[out.length - 1].end) out.push(p);
  return out;
}

/** Parties introduced by an agent word after the force marker, with where the agent word stands. */
function agentsAfter(tokens: Token[], forceAt: number, lex: CompiledLexicon, named: Named[], starts?: StartBits): Array<{ bearer: Bearer; at: number }> {
  const out: Array<{ bearer: Bearer; at: number }> = [];
  for (const a of lex.agents.find(tokens, forceAt, tokens.length, starts)) {
    const p = named.find((q) => q.start >= a.end && q.start - a.end <= AGENT_GAP);
    if (p) out.push({ bearer: p.bearer, at: a.start });
  }
  return out;
}

/** "Where the worker is dismissed, the employer shall ...": the subject comes after the first comma. */
function subjectWindowStart(text: string, tokens: Token[], spans: Int32Array, lex: CompiledLexicon): number {
  if (!lex.subordinators.has(tokens[0].norm)) return 0;
  for (let j = 1; j < tokens.length; j++) if (gapBefore(text, spans, j).includes(',')) return j;
  return 0;
}
