import type { LanguageModule } from '../engine/module';
import { ConfigModel } from './model';
import { rules } from './rules/index';

/** Slipway's, hadolint's and actionlint's config files: the findings of the one config reader. */
export const configModule: LanguageModule<ConfigModel> = {
  languages: ['config'],
  parse: (text) => new ConfigModel(text),
  rules,
};
