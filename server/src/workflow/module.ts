import type { LanguageModule } from '../engine/module';
import type { Rule } from '../engine/types';
import { yamlRules } from '../yaml/rules/index';
import { WorkflowModel } from './model';
import { rules } from './rules/index';

export const workflowModule: LanguageModule<WorkflowModel> = {
  languages: ['workflow', 'action'],
  parse: (text, language) => new WorkflowModel(text, language === 'action' ? 'action' : 'workflow'),
  rules: [...(yamlRules as Rule<WorkflowModel>[]), ...rules],
};
