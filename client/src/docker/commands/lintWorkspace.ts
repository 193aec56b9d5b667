// Slipway: Lint Workspace: opens every Dockerfile, workflow, action and Compose file as a TextDocument, so that the
// language client sends it to the server, which lints it; waits until the diagnostics settle and shows Problems.
import * as vscode from 'vscode';
import { findWorkspaceFiles } from './editor';
import { FileKind } from './host';

export const LINT_WORKSPACE = 'slipway.lintWorkspace';

export interface LintWorkspaceOutcome {
  files: number;
  /** The files linted, relative to the workspace, sorted. */
  paths: string[];
  errors: number;
  warnings: number;
  cancelled: boolean;
}

export async function lintWorkspace(log: (line: string) => void): Promise<LintWorkspaceOutcome> {
  const kinds: FileKind[] = ['dockerfile', 'workflow', 'compose', 'action'];
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Slipway: linting the workspace', cancellable: true }, async (progress, token) => {
    const seen = new Map<string, vscode.Uri>();
    for (const k of kinds) for (const u of await findWorkspaceFiles(k, 5000)) seen.set(u.toString(), u);
    const files = [...seen.values()];
    let changed = Date.now();
    const sub = vscode.languages.onDidChangeDiagnostics(() => (changed = Date.now()));
    const docs: vscode.TextDocument[] = [];
    try {
      for (const [i, u] of files.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${i + 1}/${files.length} ${vscode.workspace.asRelativePath(u)}`, increment: 100 / Math.max(1, files.length) });
        try {
          docs.push(await vscode.workspace.openTextDocument(u));
        } catch {
          /* unreadable: skip */
        }
      }
      // The server lints on open; wait until the diagnostics stop changing (at most 15 s).
      const deadline = Date.now() + 15_000;
      while (!token.isCancellationRequested && Date.now() < deadline && Date.now() - changed < 750) await new Promise((r) => setTimeout(r, 100));
    } finally {
      sub.dispose();
    }
    let errors = 0;
    let warnings = 0;
    for (const d of docs) {
      for (const diag of vscode.languages.getDiagnostics(d.uri)) {
        if (diag.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (diag.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
    }
    log(`Lint workspace: ${docs.length} file(s), ${errors} error(s), ${warnings} warning(s)`);
    void vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.window.showInformationMessage(`Slipway: linted ${docs.length} file(s): ${errors} error(s), ${warnings} warning(s).`);
    return { files: docs.length, paths: docs.map((d) => vscode.workspace.asRelativePath(d.uri)).sort(), errors, warnings, cancelled: token.isCancellationRequested };
  });
}
