import type { LanguageModule } from '../engine/module';
import type { Rule } from '../engine/types';
import { yamlRules } from '../yaml/rules/index';
import { isSuppressedYaml } from '../yaml/suppress';
import { WorkflowModel } from './model';
import { rules } from './rules/index';
import shellcheckRule from '../scripts/rules/ShellCheck';

export const workflowModule: LanguageModule<WorkflowModel> = {
  languages: ['workflow', 'action'],
  parse: (text, language) => new WorkflowModel(text, language === 'action' ? 'action' : 'workflow'),
  rules: [...(yamlRules as Rule<WorkflowModel>[]), ...rules, shellcheckRule as Rule<WorkflowModel>],
  /** `# slipway-ignore: rule-id` on the line, or `# slipway-ignore-next-line: rule-id` above it. */
  isSuppressed: (model, finding, rule) => isSuppressedYaml(model, finding, rule as Rule<unknown>),
};
