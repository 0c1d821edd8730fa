/**
 * What a verdict is made of, made by `new` (src/lifetime.ts): the verdicts of a document live from the
 * first element judged to the last, so a young collection in the middle of judging finds most of them
 * alive, and V8 would then allocate every later verdict, evidence item and trace line of those object
 * literals straight in the old generation, where each check's report dies as garbage. With a pack of
 * 370 elements that took a young collection from about 2.7 to 4.3 ms and tripled the full ones.
 * Each class sets its fields in the order the report has always written them; a field a verdict may
 * leave out is set to undefined, which JSON leaves out too.
 */
import type { CheckKind, ElementStatus } from '../rules/pack-schema.js';
import type { CheckTrace, Evidence, NearMiss, ReviewReason, Verdict } from './verdict.js';

type Match = Evidence['matches'][number];
type Searched = NonNullable<Verdict['searched']>;

export class VerdictRecord implements Verdict {
  /** Set after the status, for absent and weak verdicts (judge/index.ts); declared, so they come last. */
  declare searched: Searched | undefined;
  declare nearMisses: NearMiss[] | undefined;
  constructor(
    public element: string,
    public title: string,
    public phase: string,
    public level: Verdict['level'],
    public status: ElementStatus,
    public needsReview: boolean,
    public reasons: ReviewReason[],
    public confidence: number,
    public evidence: Evidence[],
    public trace: CheckTrace[],
  ) {
    this.searched = undefined;
    this.nearMisses = undefined;
  }
}

export class EvidenceRecord implements Evidence {
  constructor(
    public provisionId: string,
    public label: string,
    public page: number,
    public start: number,
    public end: number,
    public quote: string,
    public force: Evidence['force'],
    public polarity: Evidence['polarity'],
    public bearer: Evidence['bearer'],
    public supports: Evidence['supports'],
    public checks: CheckKind[],
    public concepts: string[],
    public matches: Match[],
  ) {}
}

export class MatchRecord implements Match {
  constructor(
    public concept: string,
    public start: number,
    public end: number,
    public pattern: string,
  ) {}
}

export class TraceRecord implements CheckTrace {
  constructor(
    public path: string,
    public kind: CheckKind,
    public passed: boolean,
    public detail: string,
  ) {}
}

export class NearMissRecord implements NearMiss {
  constructor(
    public provisionId: string,
    public label: string,
    public page: number,
    public score: number,
    public excerpt: string,
  ) {}
}

export class SearchedRecord implements Searched {
  constructor(
    public scopes: string[],
    public concepts: string[],
  ) {}
}
