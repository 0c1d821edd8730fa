// tsup's browser platform silently leaves Node built-ins external; a bundle with one fails at load in
// a browser. Fail the build instead, from esbuild's own metafile.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
let fail = false;
for (const f of readdirSync('dist/browser').filter((f) => /^metafile-.*\.json$/.test(f))) {
  const meta = JSON.parse(readFileSync(`dist/browser/${f}`, 'utf8'));
  for (const [out, o] of Object.entries(meta.outputs))
    for (const i of o.imports ?? []) if (i.external) { console.error(`${out}: external import "${i.path}"`); fail = true; }
}
process.exit(fail ? 1 : 0);
