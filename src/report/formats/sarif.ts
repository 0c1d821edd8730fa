/**
 * SARIF 2.1.0, so code-scanning viewers and review tools list gaps like findings: one rule per element,
 * one result per weak, contradicted or absent verdict, located on its provision.
 */
import type { Verdict } from '../../judge/verdict.js';
import type { DocumentReport, Report } from '../../score/report.js';
import { provisionHash, sha256 } from '../../review/index.js';
import { elementMeta, LEVEL_WORD, oneLine, phaseLabel, reviewText, STATUS_WORD, whereText, type RenderOptions } from '../shared.js';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

/** Contrary wording is always an error; a gap weighs by the element's level. */
export function sarifLevel(v: Pick<Verdict, 'status' | 'level'>): SarifLevel {
  if (v.status === 'contradicted') return 'error';
  if (v.level === 'good-practice') return 'note';
  if (v.status === 'absent') return v.level === 'core' ? 'error' : 'warning';
  return 'warning';
}

interface RuleInfo { id: string; title: string; phase: string; level: Verdict['level'] }

function rulesOf(report: Report, options: RenderOptions): RuleInfo[] {
  if (options.pack) return options.pack.elements.map((e) => ({ id: e.id, title: e.title, phase: e.phase, level: e.level }));
  const seen = new Map<string, RuleInfo>();
  for (const d of report.documents) for (const v of d.elements) if (!seen.has(v.element)) seen.set(v.element, { id: v.element, title: v.title, phase: v.phase, level: v.level });
  return [...seen.values()];
}

function sarifRule(r: RuleInfo, options: RenderOptions) {
  const meta = elementMeta(options.pack, r.id);
  return {
    id: r.id,
    name: r.id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase()),
    shortDescription: { text: r.title },
    fullDescription: { text: meta?.question ?? r.title },
    ...(meta?.guidance ? { help: { text: meta.guidance } } : {}),
    defaultConfiguration: { level: sarifLevel({ status: 'absent', level: r.level }) },
    properties: { phase: r.phase, phaseLabel: phaseLabel(r.phase), level: r.level, tags: meta?.tags ?? [] },
  };
}

function message(v: Verdict): string {
  const where = v.evidence[0] ? ` (${whereText(v.evidence[0])})` : '';
  const review = v.needsReview ? ` Needs review: ${reviewText(v)}.` : '';
  const what = v.status === 'absent' ? 'the text is silent on this element' : v.status === 'weak' ? 'the text only touches this element' : 'the text runs against this element';
  return `${STATUS_WORD[v.status]}: ${v.title}: ${what}${where}.${review}`;
}

function rootOf(doc: DocumentReport) {
  return doc.provisions.find((p) => p.kind === 'document') ?? { id: 'document', label: 'Document', kind: 'document', start: 0, end: doc.text?.length ?? 0, pages: [1] };
}

/** Where a result points: its strongest evidence, or the whole document when the element is absent. */
function location(v: Verdict, doc: DocumentReport, artifactIndex: number) {
  const e = v.evidence[0];
  const root = rootOf(doc);
  const region = e
    ? { charOffset: e.start, charLength: e.end - e.start, snippet: { text: e.quote } }
    : { charOffset: root.start, charLength: root.end - root.start };
  const provisionId = e?.provisionId ?? root.id;
  return {
    physicalLocation: { artifactLocation: { uri: doc.source, index: artifactIndex }, region },
    logicalLocations: [{ name: e?.label ?? 'Document', fullyQualifiedName: `${doc.source}#${provisionId}`, kind: 'provision', decoratedName: provisionId }],
  };
}

/** Stable across runs while the provision's words stay the same: a viewer keeps a triaged result. */
function fingerprint(v: Verdict, doc: DocumentReport): string {
  const id = v.evidence[0]?.provisionId ?? rootOf(doc).id;
  const fromText = doc.text !== undefined ? provisionHash({ hash: doc.hash, source: doc.source, text: doc.text, provisions: doc.provisions }, id) : undefined;
  return fromText ?? sha256(v.evidence[0]?.quote ?? doc.hash);
}

function result(v: Verdict, doc: DocumentReport, artifactIndex: number, ruleIndex: number) {
  return {
    ruleId: v.element,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: sarifLevel(v),
    kind: 'fail',
    message: { text: message(v) },
    locations: [location(v, doc, artifactIndex)],
    ...(v.nearMisses?.length ? {
      relatedLocations: v.nearMisses.map((n, i) => ({ id: i + 1, message: { text: `Near miss: ${oneLine(n.excerpt, 200)}` }, logicalLocations: [{ name: n.label, decoratedName: n.provisionId, kind: 'provision' }] })),
    } : {}),
    partialFingerprints: { 'provisionTextHash/v1': fingerprint(v, doc) },
    properties: { status: v.status, level: LEVEL_WORD[v.level], phase: v.phase, needsReview: v.needsReview, reasons: v.reasons, confidence: v.confidence, ...(v.decision ? { decision: v.decision } : {}) },
  };
}

export function renderSarif(report: Report, options: RenderOptions = {}): string {
  const rules = rulesOf(report, options);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.documents.flatMap((doc, d) =>
    doc.elements.filter((v) => v.status !== 'addressed').map((v) => result(v, doc, d, index.get(v.element) ?? -1)));
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'bla-check', version: report.tool.version, semanticVersion: report.tool.version, rules: rules.map((r) => sarifRule(r, options)) } },
      artifacts: report.documents.map((d) => ({ location: { uri: d.source }, length: d.bytes, hashes: { 'sha-256': d.hash }, sourceLanguage: d.language })),
      results,
      invocations: [{
        executionSuccessful: report.documents.length > 0 || report.failures.length === 0,
        toolExecutionNotifications: report.failures.map((f) => ({ level: 'error', message: { text: `${f.source}: ${f.code}: ${f.message}` }, descriptor: { id: f.code } })),
      }],
      properties: { pack: report.pack, schemaVersion: report.schemaVersion },
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
