/**
 * Desktop VS Code entry point for the end-to-end suite: the same checks as the
 * code-server harness (test/e2e/suite/index.ts). run() rejects when a check
 * fails, which makes @vscode/test-electron exit non-zero.
 */
export { run } from '../../e2e/suite/index';
