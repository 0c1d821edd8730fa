/**
 * Markdown → text: the marks go, the words stay. Headings and list numbering are kept as text because
 * "## Article 5" and "1." are how the structure stage finds provisions.
 */
import { htmlToText } from './html.js';

/** Inline marks, applied per line. Each pattern is linear (no nested quantifiers). */
const INLINE: Array<[RegExp, string]> = [
  [/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1'], // image: keep alt text
  [/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1'], // link: keep label
  [/\[([^\]\n]+)\]\[[^\]\n]*\]/g, '$1'], // reference link
  [/`([^`\n]+)`/g, '$1'], // inline code
  [/(\*\*|__)(?=\S)([^*_\n]+?)\1/g, '$2'], // strong
  [/(^|[^\w*])\*(?=\S)([^*\n]+?)\*(?!\w)/g, '$1$2'], // emphasis with *
  [/(^|[^\w])_(?=\S)([^_\n]+?)_(?!\w)/g, '$1$2'], // emphasis with _
  [/~~([^~\n]+)~~/g, '$1'], // strikethrough
  [/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1'], // escapes
];

function stripInline(line: string): string {
  return INLINE.reduce((l, [re, by]) => l.replace(re, by), line);
}

function stripBlock(line: string): string | undefined {
  if (/^ {0,3}(?:[-*_][ \t]*){3,}$/.test(line)) return ''; // thematic break
  if (/^ {0,3}(?:={3,}|-{3,})[ \t]*$/.test(line)) return undefined; // setext underline
  if (/^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/.test(line)) return undefined; // table rule
  let l = line.replace(/^ {0,3}#{1,6}[ \t]+/, '').replace(/[ \t]+#+[ \t]*$/, ''); // ATX heading
  l = l.replace(/^ {0,3}(?:>[ \t]?)+/, ''); // block quote
  l = l.replace(/^([ \t]*)[*+][ \t]+/, '$1- '); // bullets read as one kind
  if (/^[ \t]*\|.*\|[ \t]*$/.test(l)) l = l.trim().slice(1, -1).split('|').map((c) => c.trim()).join(' | ');
  return stripInline(l);
}

export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^ {0,3}(?:```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      out.push(line);
      continue;
    }
    const kept = stripBlock(line);
    if (kept !== undefined) out.push(kept);
  }
  // Inline HTML is allowed in Markdown; the HTML reader removes it, and keeps the text lines as they are.
  const text = out.join('\n');
  return /<[a-zA-Z!/]/.test(text) ? htmlToText(text.replace(/\n/g, '<br>'), { listMarkers: false }) : text;
}
