import type { LanguageModule } from '../engine/module';
import type { Rule } from '../engine/types';
import { yamlRules } from '../yaml/rules/index';
import { isSuppressedYaml } from '../yaml/suppress';
import { ComposeModel } from './model';
import { rules } from './rules/index';
import shellcheckRule from '../scripts/rules/ShellCheck';

export const composeModule: LanguageModule<ComposeModel> = {
  languages: ['compose'],
  parse: (text) => new ComposeModel(text),
  rules: [...(yamlRules as Rule<ComposeModel>[]), ...rules, shellcheckRule as Rule<ComposeModel>],
  isSuppressed: (model, finding, rule) => isSuppressedYaml(model, finding, rule as Rule<unknown>),
};
