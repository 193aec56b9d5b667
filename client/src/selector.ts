// The documents the language server gets: Slipway's three languages, and workflow, action and Compose files that
// another extension (or `files.associations`) claimed as plain YAML. The patterns come from the language server's
// own list (engine/languages.ts). No vscode here, so that a unit test can check it against package.json.
import { configFileGlobs, EDITOR_LANGUAGE_IDS, YAML_KINDS, workspaceGlob } from '../../server/src/engine/languages';

export const DOCUMENT_SELECTOR: { language: string; pattern?: string }[] = [
  // The languages' own ids; config files are plain YAML and go by their names (below).
  ...EDITOR_LANGUAGE_IDS.map((language) => ({ language })),
  // Workflow, action and Compose files that another extension claimed as plain YAML.
  ...YAML_KINDS.map((kind) => ({ language: 'yaml', pattern: workspaceGlob(kind) })),
  // Config files (engine/languages.ts configKindOf): their problems are shown on them, and their changes in the
  // editor apply to the other documents before they are saved.
  ...configFileGlobs().map((pattern) => ({ language: 'yaml', pattern })),
];
