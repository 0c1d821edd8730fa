/**
 * The shape of a language lexicon (rules/lexicons/<lang>.yaml), defined once. Everything the annotator
 * knows about a language lives in such a file; the code only runs it. Markers are written in the pack
 * pattern language (rules/README.md) so one vocabulary serves packs and lexicons.
 */
import * as z from 'zod';

/** Porter stemmers shipped by natural that the registry (stemmers.ts) can load. */
export const stemmerNames = ['porter-en', 'porter-fr', 'porter-es', 'porter-nl', 'porter-de', 'porter-it', 'porter-pt', 'none'] as const;

const Patterns = z.array(z.string().min(1)).default([]);
const Words = z.array(z.string().min(1)).default([]);

const Force = z.strictObject({
  /** Markers that commit the bearer: "shall", "must", "s'engagent à". */
  binding: Patterns,
  /** Markers that soften a commitment; they win over binding ones ("shall endeavour"). */
  hedged: Patterns,
  /** Markers that allow without obliging: "may", "peut", "podrá". */
  permissive: Patterns,
  /** Present-tense statements that bind only in operative text ("est à la charge de", "bénéficient"). */
  declarative: Patterns,
  /** A permissive marker under negation forbids ("may not", "ne peut", "no podrá", "mag niet"). */
  negatedPermissiveIsBinding: z.boolean().default(true),
  /** Verb endings that mark the future tense, binding in treaty style ("fournira", "deberá"). */
  futureSuffix: z.strictObject({
    /** Endings on the lower-cased word, accents kept ("rá" is not "ra" in Spanish). */
    endings: z.array(z.string().min(1)).min(1),
    /** Shortest word the rule applies to. */
    minLength: z.number().int().min(2).default(5),
    /** Words with such an ending that are not verbs ("contra", "extra"). */
    except: Words,
  }).optional(),
  /** Contract clauses that state a term as "label: value" ("Basic monthly salary: US$400"). */
  labelValue: z.strictObject({
    /** Longest label, in tokens. */
    maxLabelTokens: z.number().int().min(1).max(12).default(6),
  }).optional(),
});

const Negation = z.strictObject({
  /** Negators next to the verb ("not", "ne", "no", "niet"); the scope runs to the end of the clause. */
  markers: Patterns,
  /** Negators that open the subject ("no fee shall", "aucun frais ne", "geen kosten"). */
  determiners: Patterns,
  /** Phrases that forbid by themselves: binding and negated ("il est interdit de", "queda prohibido"). */
  prohibitions: Patterns,
  /** Phrases with a negator that negate nothing ("not less than", "ne ... que", "no sólo"). */
  exceptions: Patterns,
  /** A marker this many tokens before the force marker governs it ("ne doit", "no podrá"). */
  before: z.number().int().min(0).max(12).default(1),
  /** A determiner this many tokens before the force marker governs it ("no recruitment fee or cost shall"). */
  determinerReach: z.number().int().min(0).max(12).default(6),
  /** A marker this many tokens after the force marker governs it ("shall not", "zal het paspoort niet"). */
  after: z.number().int().min(0).max(12).default(2),
});

const bearerKeys = ['origin-state', 'destination-state', 'both-states', 'employer', 'agency', 'worker', 'joint-body'] as const;

const Units = z.strictObject({
  hour: Patterns,
  day: Patterns,
  week: Patterns,
  month: Patterns,
  year: Patterns,
  percent: Patterns,
});

const Money = z.strictObject({
  /** Currency names as words ("dollars", "florins"); the pattern text becomes the currency. */
  words: Patterns,
  /** Codes and symbols written next to the amount ("USD", "US$", "€"). */
  codes: Words,
});

export const Lexicon = z.strictObject({
  $schema: z.string().optional(),
  /** ISO 639-1 code; must equal the file name. */
  language: z.string().regex(/^[a-z]{2}$/),
  name: z.string().min(1),
  stemmer: z.enum(stemmerNames),
  /**
   * How words in force, negation, agent and definition markers compare: 'exact' (whole folded forms,
   * the default, because verb forms often stem like nouns: "accorde"/"accord", "debido"/"deber") or
   * 'stem' as in packs. `word*` is a prefix either way.
   */
  markerWords: z.enum(['exact', 'stem']).default('exact'),
  /** Frequent function words, for language detection. */
  stopwords: z.array(z.string().min(1)).min(20),
  /** Words written with a final dot that does not end a sentence ("Art.", "No.", "e.g."). */
  abbreviations: Words,
  /** Words written solid or hyphenated ("cooperation"/"co-operation"): folded prefix → where to cut. */
  compounds: z.record(z.string().min(2), z.number().int().min(1)).default({}),
  force: Force,
  negation: Negation,
  /** Words that, after a comma, open a new clause and so end a negation scope. */
  conjunctions: Words,
  /** Words that open a sentence with a subordinate clause ("Where the worker ..., the employer shall"):
   * the subject is then looked for after its first comma. */
  subordinators: Words,
  /** Party names that reveal who carries a duty or right. */
  bearers: z.partialRecord(z.enum(bearerKeys), Patterns).default({}),
  /** Words that introduce the agent after a passive or a charge ("by the employer", "à la charge de"). */
  agents: Patterns,
  /** Markers that introduce a short name the text defines ("hereinafter referred to as"). */
  definitions: Patterns,
  /** Phrases that make a commitment depend on other law ("subject to national law"). */
  conditions: Patterns,
  /** Number words and their values. */
  numberWords: z.record(z.string().min(1), z.number()).default({}),
  units: Units.default({ hour: [], day: [], week: [], month: [], year: [], percent: [] }),
  money: Money.default({ words: [], codes: [] }),
  /** Words before a number that make it a reference, not a count ("Article 5", "No. 97"). */
  referenceWords: Words,
  /** Month names, so the day of a date ("8 June") is not read as a count. */
  monthNames: Words,
});

export type Lexicon = z.infer<typeof Lexicon>;
export type LexiconInput = z.input<typeof Lexicon>;

/**
 * The JSON Schema of a lexicon file as people write it (defaults may be left out), for editors through
 * `$schema` (rules/schema/lexicon.schema.json; tests/annotate/lexicon-schema.test.ts keeps it in step).
 */
export function lexiconJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(Lexicon, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema,
    title: 'bla-check language lexicon',
    description: 'What the annotator knows about one language: stemmer, stop words, force, negation, bearers, conditions, numbers. Markers use the pack pattern language (rules/README.md).',
    ...rest,
  };
}
