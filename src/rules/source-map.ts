/** Finds where a value of a parsed pack stands in its YAML or JSON text, for file:line:column messages. */
import { isMap, isScalar, isSeq, Scalar, type Document, type LineCounter, type Node } from 'yaml';
import type { Diagnostic } from './diagnostics.js';

export type Path = ReadonlyArray<string | number>;

export interface Where {
  /** Point at the key of the last path segment rather than its value (unknown or duplicate keys). */
  key?: boolean;
  /** An offset inside a string value (a pattern's column). */
  offset?: number;
}

export interface Locator {
  file: string;
  diagnostic(path: Path, message: string, where?: Where): Diagnostic;
}

/** For packs built in code: no text to point into, so the pack file name (or id) alone. */
export function textlessLocator(file: string): Locator {
  return { file, diagnostic: (_path, message) => ({ file, line: 0, column: 0, message }) };
}

export function yamlLocator(file: string, doc: Document, lines: LineCounter): Locator {
  return {
    file,
    diagnostic(path, message, where = {}) {
      const offset = offsetOf(doc, path, where);
      const pos = lines.linePos(offset);
      return { file, line: pos.line, column: pos.col, message };
    },
  };
}

/** Walks as far down the path as the document goes; a missing tail points at its nearest parent. */
function offsetOf(doc: Document, path: Path, where: Where): number {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    const found = child(node, segment);
    if (!found) break;
    ({ node, keyNode } = found);
  }
  if (where.key && keyNode?.range) return keyNode.range[0];
  const range = (node as Node | null)?.range;
  if (!range) return 0;
  return range[0] + insideScalar(node as Node, where.offset);
}

function child(node: unknown, segment: string | number): { node: unknown; keyNode?: Node } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(segment));
    return pair ? { node: pair.value, keyNode: pair.key as Node } : undefined;
  }
  if (isSeq(node) && typeof segment === 'number' && node.items[segment]) return { node: node.items[segment] };
  return undefined;
}

/** Columns inside a one-line plain or quoted scalar line up with the pattern's own offsets. */
function insideScalar(node: Node, offset: number | undefined): number {
  if (offset === undefined || !isScalar(node)) return 0;
  const raw = String(node.source ?? node.value ?? '');
  if (raw.includes('\n')) return 0;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) return 1 + offset;
  return node.type === Scalar.PLAIN || node.type === undefined ? offset : 0;
}
