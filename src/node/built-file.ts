/** Files the build puts beside the running bundle. Only node built-ins here: prestart.ts loads this first. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** dist/<name> next to the running bundle, if it is there: not when running from sources (tests, tsx). */
export function builtFile(name: string): string | undefined {
  try {
    const file = fileURLToPath(new URL(`./${name}`, import.meta.url));
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined; // the CommonJS build or an unusual loader: no import.meta.url
  }
}
