import yamlSyntax from './yaml-syntax';

/** Rules every YAML language shares. */
export const yamlRules = [yamlSyntax];
