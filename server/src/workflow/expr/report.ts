// Shared reporting for the expression rules: each rule reports its own part of one memoized analysis.
import type { RuleContext } from '../../engine/types';
import { suggestionFix } from '../../engine/suggest';
import type { WorkflowModel } from '../model';
import { analyzeExpressions, type AnalysisRuleId } from './analysis';

export function reportExpressionFindings(ctx: RuleContext<WorkflowModel>, rule: AnalysisRuleId): void {
  if (ctx.model.kind !== 'workflow') return;
  const { diags } = analyzeExpressions(ctx.model, ctx.files, ctx.path);
  for (const d of diags) {
    if (d.rule !== rule) continue;
    const range = ctx.model.lines.range(d.start, Math.max(d.end, d.start));
    const fixes = suggestionFix(range, d.replacement);
    ctx.report({ message: d.message, range, severity: d.severity, fixes });
  }
}
