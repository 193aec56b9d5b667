// The documents the language server gets: Slipway's three languages, and workflow, action and Compose files that
// another extension (or `files.associations`) claimed as plain YAML. No vscode here, so that a unit test can check
// it against the activation events of package.json.

export const DOCUMENT_SELECTOR = [
  { language: 'dockerfile' },
  { language: 'github-actions-workflow' },
  { language: 'dockercompose' },
  // Workflow and compose files that another extension claimed as plain YAML.
  { language: 'yaml', pattern: '**/.github/workflows/*.{yml,yaml}' },
  { language: 'yaml', pattern: '**/{action,docker-compose*,compose*}.{yml,yaml}' },
  // Config files (engine/languages.ts configKindOf): their problems are shown on them, and their changes in the
  // editor apply to the other documents before they are saved.
  { language: 'yaml', pattern: '**/{.slipway,.hadolint}.{yml,yaml}' },
  { language: 'yaml', pattern: '**/.github/{actionlint,slipway}.{yml,yaml}' },
];
