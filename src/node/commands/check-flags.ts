/** The flags of `bla-check check`, apart from the command so the binary can read them before loading it. */
export const checkFlags = {
  pack: { type: 'string' },
  tag: { type: 'string', multiple: true },
  format: { type: 'string' },
  out: { type: 'string' },
  lang: { type: 'string' },
  'fail-under': { type: 'string' },
  jobs: { type: 'string' },
  decisions: { type: 'string' },
  'no-text': { type: 'boolean' },
} as const;
