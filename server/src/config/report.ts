import type { ConfigRuleId } from '../engine/configParse';
import { suggestionFix } from '../engine/suggest';
import type { RuleContext } from '../engine/types';
import type { ConfigModel } from './model';

/** Reports the problems of one config rule, with the did-you-mean fix the reader found. */
export function reportConfigProblems(ctx: RuleContext<ConfigModel>, rule: ConfigRuleId): void {
  for (const p of ctx.model.problems(ctx.path)) {
    if (p.rule !== rule || !p.range) continue;
    ctx.report({
      message: p.message,
      range: p.range,
      fixes: p.replacement === undefined ? undefined : suggestionFix(p.range, p.replacement, { shown: p.suggestion }),
    });
  }
}
