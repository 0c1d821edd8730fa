/**
 * The stemmers a lexicon may name. Deep imports keep natural's package root (databases, dotenv) out of
 * the core and out of the browser bundle (TOOLCHAIN.md §4).
 */
import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import porterFr from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import porterEs from 'natural/lib/natural/stemmers/porter_stemmer_es.js';
import porterNl from 'natural/lib/natural/stemmers/porter_stemmer_nl.js';
import porterDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import porterIt from 'natural/lib/natural/stemmers/porter_stemmer_it.js';
import porterPt from 'natural/lib/natural/stemmers/porter_stemmer_pt.js';
import type { stemmerNames } from './lexicon-schema.js';

export type StemmerName = (typeof stemmerNames)[number];
export type StemFn = (norm: string) => string;

const registry: Record<Exclude<StemmerName, 'none'>, { stem(w: string): string }> = {
  'porter-en': porterEn,
  'porter-fr': porterFr,
  'porter-es': porterEs,
  'porter-nl': porterNl,
  'porter-de': porterDe,
  'porter-it': porterIt,
  'porter-pt': porterPt,
};

const identity: StemFn = (w) => w;
/** Words repeat a lot in a treaty; a bounded cache per stemmer keeps stemming linear and cheap. */
const CACHE_LIMIT = 50_000;
const cached = new Map<StemmerName, StemFn>();

/** A memoised stemming function for a stemmer name ('none' keeps the word as it is). */
export function stemmerFor(name: StemmerName): StemFn {
  const known = cached.get(name);
  if (known) return known;
  const stemmer = name === 'none' ? undefined : registry[name];
  let fn: StemFn = identity;
  if (stemmer) {
    const memo = new Map<string, string>();
    fn = (w) => {
      let s = memo.get(w);
      if (s === undefined) {
        s = isStemmable(w) ? stemmer.stem(w) || w : w;
        if (memo.size >= CACHE_LIMIT) memo.clear();
        memo.set(w, s);
      }
      return s;
    };
  }
  cached.set(name, fn);
  return fn;
}

/** Numbers and mixed codes ("c181") are kept whole: a stemmer would only damage them. */
function isStemmable(w: string): boolean {
  return !/\d/.test(w);
}
