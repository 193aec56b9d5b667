// SARIF 2.1.0 (OASIS) for code scanning: GitHub's upload-sarif, Azure DevOps, IDE viewers.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { allRules, ruleLanguages } from '../../engine/lint';
import { ruleDocUrl } from '../../engine/types';
import { fixSafety, ruleOfFinding } from '../../engine/fix';
import type { Finding, Range, Severity, TextEdit } from '../../engine/types';
import { isShellcheckCode, SHELLCHECK_SEVERITY, shellcheckCode, shellcheckWikiUrl } from '../../scripts/shellcheckCodes';
import { displayPath, FileResult, safeJson } from '../format';
import type { ReportContext } from './index';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/slipway-dev/slipway';
const BASE_ID = 'SRCROOT';

export type SarifLevel = 'error' | 'warning' | 'note';

export const SARIF_LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** A 1-based SARIF region from a 0-based LSP range (columns count UTF-16 code units; the end column is exclusive). */
export function sarifRegion(r: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const start = r.start;
  const end = r.end.line < start.line || (r.end.line === start.line && r.end.character < start.character) ? start : r.end;
  return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** A relative URI reference (against %SRCROOT%, the working directory) for files under it, else an absolute file URI. */
export function artifactLocation(r: FileResult, cwd: string): { uri: string; uriBaseId?: string } {
  if (r.display) return { uri: encodeUriPart(r.display) };
  const rel = displayPath(r.path, cwd);
  if (path.isAbsolute(rel)) return { uri: pathToFileURL(r.path).href };
  return { uri: rel.split('/').map(encodeUriPart).join('/'), uriBaseId: BASE_ID };
}

/** encodeURIComponent, with a lone surrogate (which it refuses with an exception) encoded as U+FFFD. */
function encodeUriPart(s: string): string {
  return encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\uFFFD'));
}

function ruleDescriptors() {
  return allRules().map((r) => {
    const url = ruleDocUrl(r.id);
    const tags = ruleLanguages(r).map((l) => (l === 'action' ? 'github-action' : l));
    return {
      id: r.id,
      shortDescription: { text: r.docs.summary },
      fullDescription: { text: r.docs.why },
      helpUri: url,
      help: {
        text: `${r.docs.summary}\n\n${r.docs.why}\n\nSee ${url}`,
        markdown: `${r.docs.summary}\n\n${r.docs.why}\n\n[Rule documentation](${url})`,
      },
      defaultConfiguration: { level: SARIF_LEVEL[r.severity], enabled: !r.optIn },
      properties: { tags: [...new Set(tags)] },
    };
  });
}

/**
 * A descriptor for a ShellCheck code (`SC2086`): the bundled title and level when the code is a common one, else the
 * message of its first finding and no default level (a finding's own level may be the user's setting).
 */
function shellcheckDescriptor(code: string, first: Finding) {
  const known = shellcheckCode(code);
  const title = known?.title ?? first.message;
  const url = shellcheckWikiUrl(code);
  return {
    id: code,
    shortDescription: { text: title },
    helpUri: url,
    help: { text: `ShellCheck ${code}: ${title}\n\nSee ${url}`, markdown: `ShellCheck ${code}: ${title}\n\n[ShellCheck wiki: ${code}](${url})` },
    ...(known ? { defaultConfiguration: { level: SARIF_LEVEL[SHELLCHECK_SEVERITY[known.level]] } } : {}),
    properties: { tags: ['shellcheck'] },
  };
}

/** Descriptors for the ShellCheck codes reported in this run, by code. */
function shellcheckDescriptors(results: FileResult[]) {
  const first = new Map<string, Finding>();
  for (const r of results) for (const f of r.findings) if (isShellcheckCode(f.rule) && !first.has(f.rule)) first.set(f.rule, f);
  return [...first.keys()].sort().map((code) => shellcheckDescriptor(code, first.get(code)!));
}

function sarifFixes(f: Finding, location: ReturnType<typeof artifactLocation>) {
  if (!f.fixes?.length) return undefined;
  const rule = ruleOfFinding(f.rule);
  return f.fixes.map((fix) => ({
    description: { text: fix.title },
    // Slipway's own mark: `safe` fixes are the ones `slipway lint --fix` applies without a person looking.
    properties: { safety: fixSafety(fix, rule) },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: fix.edits.map((e: TextEdit) => ({ deletedRegion: sarifRegion(e.range), insertedContent: { text: e.newText } })),
      },
    ],
  }));
}

export function toSarif(results: FileResult[], ctx: ReportContext): object {
  const registry = ruleDescriptors();
  const registered = new Set(registry.map((r) => r.id));
  // Only the ShellCheck codes this run reports: there are hundreds, one registry rule stands for them all.
  const rules: { id: string }[] = [...registry, ...shellcheckDescriptors(results).filter((d) => !registered.has(d.id))];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const sarifResults: object[] = [];
  const notifications: object[] = [];
  for (const e of ctx.errors) notifications.push({ level: 'error', message: { text: e } });
  for (const r of results) {
    const location = artifactLocation(r, ctx.cwd);
    if (r.error) {
      notifications.push({ level: 'error', message: { text: `cannot read ${r.display ?? displayPath(r.path, ctx.cwd)}: ${r.error}` }, locations: [{ physicalLocation: { artifactLocation: location } }] });
    }
    for (const f of r.findings) {
      const ruleIndex = index.get(f.rule);
      const fixes = sarifFixes(f, location);
      sarifResults.push({
        ruleId: f.rule,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: sarifRegion(f.range) } }],
        ...(fixes ? { fixes } : {}),
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Slipway', version: ctx.version, semanticVersion: ctx.version, informationUri: INFORMATION_URI, rules } },
        originalUriBaseIds: { [BASE_ID]: { uri: pathToFileURL(ctx.cwd.endsWith(path.sep) ? ctx.cwd : ctx.cwd + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: ctx.errors.length === 0 && !results.some((r) => r.error), toolExecutionNotifications: notifications }],
        results: sarifResults,
      },
    ],
  };
}

export function formatSarif(results: FileResult[], ctx: ReportContext): string {
  return safeJson(toSarif(results, ctx));
}
