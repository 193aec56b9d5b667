// The documents the language server gets: Slipway's three languages, and workflow, action and Compose files that
// another extension (or `files.associations`) claimed as plain YAML. The patterns come from the language server's
// own list (engine/languages.ts). No vscode here, so that a unit test can check it against package.json.
import { LANGUAGE_IDS, YAML_KINDS, workspaceGlob } from '../../server/src/engine/languages';

export const DOCUMENT_SELECTOR: { language: string; pattern?: string }[] = [
  ...[...new Set(Object.values(LANGUAGE_IDS))].map((language) => ({ language })),
  // Workflow, action and Compose files that another extension claimed as plain YAML.
  ...YAML_KINDS.map((kind) => ({ language: 'yaml', pattern: workspaceGlob(kind) })),
];
