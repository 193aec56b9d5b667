import type { LanguageModule } from '../engine/module';
import { ruleKeys } from '../engine/types';
import type { Finding, Rule, Severity } from '../engine/types';
import { DockerfileModel, parseCheckValue, type CheckOptions } from './model';
import { rules } from './rules/index';
import shellcheckRule from '../scripts/rules/ShellCheck';
import { suppressionsOf } from './suppress';
import { memoKey } from '../engine/memo';

function isBuildkitRule(rule: Rule<DockerfileModel>): string | undefined {
  return rule.compat?.buildkit;
}

/** The options with rule names lower-cased (BuildKit matches them case-insensitively). */
function lowerCased(o: CheckOptions): CheckOptions {
  const lower = (names: Set<string>) => new Set([...names].map((x) => x.toLowerCase()));
  return { skip: lower(o.skip), skipAll: o.skipAll, error: o.error, experimental: lower(o.experimental), experimentalAll: o.experimentalAll };
}

const CHECK_DIRECTIVE_OPTIONS = memoKey<CheckOptions>('checkDirectiveOptions');

/** The file-wide check options: the BUILDKIT_DOCKERFILE_CHECK build arg replaces the `# check=` directive, as in BuildKit. */
function checkOptions(model: DockerfileModel, buildArgs: Record<string, string>): CheckOptions | undefined {
  const arg = buildArgs['BUILDKIT_DOCKERFILE_CHECK'];
  if (arg !== undefined) return lowerCased(parseCheckValue(arg));
  const d = model.checkDirective;
  if (!d) return undefined;
  return model.memoize(CHECK_DIRECTIVE_OPTIONS, () => lowerCased(d));
}

const CHECK_COMMENT = /^[^\S\r\n]*#[^\S\r\n]*check[^\S\r\n]*=/im;

/** Whether a `# check=` comment other than the one at `firstAt` (the file-wide directive) follows it. */
function hasCheckCommentAfter(model: DockerfileModel, firstAt: number): boolean {
  const nextLine = model.text.indexOf('\n', firstAt);
  return nextLine >= 0 && CHECK_COMMENT.test(model.text.slice(nextLine));
}

const LOCAL_CHECK_SKIPS = memoKey<Map<number, CheckOptions>>('localCheckSkips');

/**
 * `# check=skip=Rule` (or `skip=all`) in the comments right above an instruction skips those BuildKit checks for that
 * instruction only (text after the value, like `// reason`, is ignored). Keyed by every line of the instruction.
 */
function localSkips(model: DockerfileModel): Map<number, CheckOptions> {
  return model.memoize(LOCAL_CHECK_SKIPS, () => {
    const out = new Map<number, CheckOptions>();
    // Most files have no `# check=` comment at all (or only the directive): one scan of the text says so.
    const first = CHECK_COMMENT.exec(model.text);
    if (!first || (model.checkDirective && !hasCheckCommentAfter(model, first.index))) return out;
    const directiveEnd = model.checkDirective ? model.checkDirective.range.start.line : -1;
    for (const ins of model.instructions) {
      let merged: CheckOptions | undefined;
      for (let line = ins.range.start.line - 1; line >= 0; line--) {
        const t = model.lines.lineText(line);
        if (!/^\s*#/.test(t)) break;
        if (line === directiveEnd) continue; // the file-wide directive
        const m = /^\s*#\s*check\s*=\s*(\S+)/i.exec(t);
        if (!m) continue;
        const o = lowerCased(parseCheckValue(m[1]));
        if (!merged) merged = o;
        else {
          merged.skipAll ||= o.skipAll;
          for (const s of o.skip) merged.skip.add(s);
        }
      }
      if (!merged) continue;
      for (let l = ins.range.start.line; l <= ins.range.end.line; l++) out.set(l, merged);
    }
    return out;
  });
}

/** Whether `o` skips a rule known by these lower-cased ids. */
function skips(o: CheckOptions | undefined, keys: readonly string[]): boolean {
  return !!o && (o.skipAll || keys.some((id) => o.skip.has(id)));
}

export const dockerfileModule: LanguageModule<DockerfileModel> = {
  languages: ['dockerfile'],
  parse: (text) => new DockerfileModel(text),
  rules: [...rules, shellcheckRule as Rule<DockerfileModel>],
  isSuppressed(model, finding, rule, { buildArgs }) {
    const s = suppressionsOf(model);
    const keys = ruleKeys(rule);
    if (s.global.size && keys.some((id) => s.global.has(id))) return true;
    const byLine = s.byLine.get(finding.range.start.line);
    if (byLine && keys.some((id) => byLine.has(id))) return true;
    const bk = isBuildkitRule(rule);
    if (bk) {
      if (skips(checkOptions(model, buildArgs), [bk.toLowerCase()])) return true;
      if (skips(localSkips(model).get(finding.range.start.line), keys)) return true;
    }
    return false;
  },
  adjustSeverity(model, finding: Finding, rule, options): Severity {
    if (isBuildkitRule(rule) && checkOptions(model, options?.buildArgs ?? {})?.error && finding.severity !== 'error') return 'error';
    return finding.severity;
  },
  enabledByDocument(model, rule, { buildArgs }) {
    // BuildKit runs experimental checks only when `# check=experimental=Name` (or `all`) asks for them.
    const bk = isBuildkitRule(rule);
    const o = checkOptions(model, buildArgs);
    return !!bk && !!o && (o.experimentalAll || o.experimental.has(bk.toLowerCase()));
  },
};
