/**
 * A tag scanner for WordprocessingML parts. We only need element names, attributes and positions, and a
 * scanner runs the same in Node and browsers with no parser to configure against entity tricks.
 */
import { decodeEntities } from './entities.js';

export interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: string;
  /** Offsets of the tag itself in the part. */
  start: number;
  end: number;
}

// Bounded attribute scan keeps a malformed part linear.
const TAG = /<(\/?)([A-Za-z_][\w.:-]{0,80})((?:[^>"']|"[^"]{0,10000}"|'[^']{0,10000}'){0,20000})>/g;

export function* scanTags(xml: string): Generator<Tag> {
  const re = new RegExp(TAG.source, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs = m[3];
    yield { name: m[2], closing: m[1] === '/', selfClosing: attrs.endsWith('/'), attrs, start: m.index, end: re.lastIndex };
  }
}

export function attr(attrs: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2]) : undefined;
}

/** Word's own DTD-free XML never declares a DOCTYPE; one that does is an entity-expansion or XXE attempt. */
export function hasDoctype(xml: string): boolean {
  return /<!DOCTYPE|<!ENTITY/i.test(xml);
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The visible text of each paragraph of a part (used for headers and footers). */
export function paragraphTexts(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeEntities(m[1])).join('').trim())
    .filter(Boolean);
}
