/** Every piece of document text goes through these before it reaches HTML. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text content and attribute values alike (quotes escaped too). */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A string safe as (part of) an HTML id and a URL fragment. */
export function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]/g, '_');
}
