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
];
