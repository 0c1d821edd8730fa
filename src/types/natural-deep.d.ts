// natural ships no declarations for its per-file modules; we import them one by one to keep the
// package root (which loads databases and dotenv) out of the core. These reuse natural's own types.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' { import type { Stemmer } from 'natural'; const s: Stemmer; export default s; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_fr.js' { import type { Stemmer } from 'natural'; const s: Stemmer; export default s; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_es.js' { import type { Stemmer } from 'natural'; const s: Stemmer; export default s; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_nl.js' { import type { Stemmer } from 'natural'; const s: Stemmer; export default s; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_de.js' { import type { Stemmer } from 'natural'; const s: Stemmer; export default s; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_it.js' { import type { Stemmer } from 'natural'; const s: Stemmer; export default s; }
declare module 'natural/lib/natural/stemmers/porter_stemmer_pt.js' { import type { Stemmer } from 'natural'; const s: Stemmer; export default s; }
declare module 'natural/lib/natural/tokenizers/sentence_tokenizer.js' { import type { SentenceTokenizer } from 'natural'; const c: typeof SentenceTokenizer; export default c; }
declare module 'natural/lib/natural/tfidf/tfidf.js' { import type { TfIdf } from 'natural'; const c: typeof TfIdf; export default c; }
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' { import type { JaroWinklerDistance } from 'natural'; const f: typeof JaroWinklerDistance; export default f; }
