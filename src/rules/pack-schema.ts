/**
 * The shape of a rule pack, defined once. JSON Schemas under rules/schema/ are generated from it
 * (scripts/gen-schemas.ts); ajv validates pack files against them at load time.
 */
import * as z from 'zod';

export const elementStatuses = ['addressed', 'weak', 'contradicted', 'absent'] as const;
export const scopes = ['operative', 'preamble', 'definitions', 'annex', 'any'] as const;
export const forces = ['binding', 'hedged', 'permissive', 'none'] as const;
export const bearers = ['origin-state', 'destination-state', 'both-states', 'employer', 'agency', 'worker', 'joint-body'] as const;
export const units = ['hour', 'day', 'week', 'month', 'year', 'money', 'percent', 'count'] as const;

const Scope = z.enum(scopes).describe('Where the check looks. Default: operative (main text, annexes, protocols, letters).');
const ConceptRef = z.string().min(1).describe('Id of a concept defined in this pack or a pack it extends.');
const OneOrMany = <T extends z.ZodTypeAny>(t: T) => z.union([t, z.array(t).min(1)]);

export const MentionsCheck = z.strictObject({
  concept: ConceptRef,
  scope: Scope.optional(),
  /** How many distinct sentences must mention it. */
  min: z.number().int().min(1).max(50).optional(),
}).describe('The concept occurs in the scope.');

export const NearCheck = z.strictObject({
  concepts: z.array(ConceptRef).min(2).max(4),
  within: z.union([z.enum(['sentence', 'provision']), z.number().int().min(1).max(50)])
    .describe('sentence, provision, or a number of tokens.'),
  scope: Scope.optional(),
}).describe('All the concepts occur together.');

export const ObligationCheck = z.strictObject({
  concept: ConceptRef,
  force: OneOrMany(z.enum(forces)).optional().describe('Default: binding.'),
  bearer: OneOrMany(z.enum(bearers)).optional(),
  polarity: z.enum(['affirmed', 'negated']).optional().describe('Default: affirmed.'),
  /** Also accept the concept in a sentence that is conditioned ("subject to national law"). Default true. */
  conditioned: z.boolean().optional(),
  scope: Scope.optional(),
}).describe('The concept stands in a sentence that commits someone.');

export const ProhibitionCheck = z.strictObject({
  concept: ConceptRef,
  bearer: OneOrMany(z.enum(bearers)).optional(),
  scope: Scope.optional(),
}).describe('The concept stands under a binding negation ("shall not retain passports", "il est interdit de").');

export const ReferenceCheck = z.strictObject({
  concept: ConceptRef.describe('A concept whose patterns name instruments.'),
  scope: Scope.optional(),
}).describe('The text cites an instrument named by the concept.');

export const NumberCheck = z.strictObject({
  concept: ConceptRef.optional().describe('A concept that must occur in the same sentence.'),
  unit: OneOrMany(z.enum(units)),
  min: z.number().optional(),
  max: z.number().optional(),
  scope: Scope.optional(),
}).describe('A quantity of the unit, optionally within bounds, is stated.');

export type Check =
  | { mentions: z.infer<typeof MentionsCheck> }
  | { near: z.infer<typeof NearCheck> }
  | { obligation: z.infer<typeof ObligationCheck> }
  | { prohibition: z.infer<typeof ProhibitionCheck> }
  | { reference: z.infer<typeof ReferenceCheck> }
  | { number: z.infer<typeof NumberCheck> };

export type Condition = Check | { all: Condition[] } | { any: Condition[] } | { none: Condition[] };

export const checkKinds = ['mentions', 'near', 'obligation', 'prohibition', 'reference', 'number'] as const;
export type CheckKind = (typeof checkKinds)[number];

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ mentions: MentionsCheck }),
    z.strictObject({ near: NearCheck }),
    z.strictObject({ obligation: ObligationCheck }),
    z.strictObject({ prohibition: ProhibitionCheck }),
    z.strictObject({ reference: ReferenceCheck }),
    z.strictObject({ number: NumberCheck }),
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ none: z.array(Condition).min(1) }),
  ]),
);

export const Source = z.strictObject({
  instrument: z.string().min(1),
  provision: z.string().optional(),
});

export const Element = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  phase: z.string().min(1),
  level: z.enum(['core', 'core-current', 'good-practice']).describe('core-current: core under current guidance (core† in the spec).'),
  tags: z.array(z.string()).default([]),
  sources: z.array(Source).default([]),
  question: z.string().min(1),
  guidance: z.string().optional(),
  addressed: Condition.optional(),
  weak: Condition.optional(),
  contradicted: Condition.optional(),
  examples: z.strictObject({
    addressed: z.array(z.string()).optional(),
    weak: z.array(z.string()).optional(),
    contradicted: z.array(z.string()).optional(),
    absent: z.array(z.string()).optional(),
  }).optional(),
});

/** Per-language phrase patterns. Keys are ISO 639-1 codes, or `any` for language-neutral patterns. */
export const Concept = z.record(z.string().regex(/^([a-z]{2}|any)$/), z.array(z.string().min(1)).min(1));

export const Pack = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  version: z.string().min(1),
  title: z.string().optional(),
  description: z.string().optional(),
  /** Id of a built-in pack or path of a pack file this one builds on. */
  extends: z.string().optional(),
  /** Keep only these elements of the extended pack (by id or tag). */
  select: z.strictObject({ ids: z.array(z.string()).optional(), tags: z.array(z.string()).optional() }).optional(),
  elements: z.array(Element).default([]),
  concepts: z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), Concept).default({}),
});

export type Element = z.infer<typeof Element>;
export type Concept = z.infer<typeof Concept>;
export type Pack = z.infer<typeof Pack>;
export type ElementStatus = (typeof elementStatuses)[number];
