/** Mistakes in a rule pack, each pointing at the file, line and column where an author can fix it. */

export interface Diagnostic {
  file: string;
  /** 1-based; 0 when the pack was built in code and has no source text. */
  line: number;
  column: number;
  message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  return d.line > 0 ? `${d.file}:${d.line}:${d.column}: ${d.message}` : `${d.file}: ${d.message}`;
}

/** Sorted by position, duplicates dropped, so two runs print the same list. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list
    .filter((d) => {
      const key = formatDiagnostic(d);
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message));
}

/** A pack that cannot be used. Every problem found is listed, never only the first. */
export class PackError extends Error {
  readonly code = 'INVALID_PACK';
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const sorted = sortDiagnostics(diagnostics);
    super(sorted.map(formatDiagnostic).join('\n') || 'invalid rule pack');
    this.name = 'PackError';
    this.diagnostics = sorted;
  }
}
