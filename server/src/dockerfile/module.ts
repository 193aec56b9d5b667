import type { LanguageModule } from '../engine/module';
import { ruleIds } from '../engine/types';
import type { Finding, Rule, Severity } from '../engine/types';
import { DockerfileModel } from './model';
import { rules } from './rules/index';
import { suppressionsOf } from './suppress';

function isBuildkitRule(rule: Rule<DockerfileModel>): string | undefined {
  return rule.compat?.buildkit;
}

export const dockerfileModule: LanguageModule<DockerfileModel> = {
  languages: ['dockerfile'],
  parse: (text) => new DockerfileModel(text),
  rules,
  isSuppressed(model, finding, rule, { buildArgs }) {
    const s = suppressionsOf(model);
    const ids = ruleIds(rule);
    if (ids.some((id) => s.global.has(id.toLowerCase()))) return true;
    const byLine = s.byLine.get(finding.range.start.line);
    if (byLine && ids.some((id) => byLine.has(id.toLowerCase()))) return true;
    const bk = isBuildkitRule(rule);
    if (bk) {
      // A BUILDKIT_DOCKERFILE_CHECK build arg replaces the `# check=` directive, as in BuildKit.
      const arg = buildArgs['BUILDKIT_DOCKERFILE_CHECK'];
      const check = arg !== undefined ? parseCheckValue(arg) : model.checkDirective;
      if (check && (check.skipAll || [...check.skip].some((x) => x.toLowerCase() === bk.toLowerCase()))) return true;
    }
    return false;
  },
  adjustSeverity(model, finding: Finding, rule): Severity {
    if (isBuildkitRule(rule) && model.checkDirective?.error && finding.severity !== 'error') return 'error';
    return finding.severity;
  },
};

function parseCheckValue(v: string): { skip: Set<string>; skipAll: boolean } {
  const out = { skip: new Set<string>(), skipAll: false };
  for (const part of v.split(';')) {
    const [k, val = ''] = part.split('=', 2);
    if (k.trim().toLowerCase() !== 'skip') continue;
    for (const name of val.split(',').map((x) => x.trim())) {
      if (name.toLowerCase() === 'all') out.skipAll = true;
      else if (name) out.skip.add(name);
    }
  }
  return out;
}
