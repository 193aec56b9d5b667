// The questions the Docker commands ask in VS Code: quick picks and input boxes with a title and a step counter
// (showQuickPick has no step), the folder dialog, modal confirmations, and the pick of a workspace file.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { findWorkspaceFiles, languageIdOf } from './editor';
import { Choice, FileKind, Prompts, Step } from './host';

/** A quick pick (one item, or several with `many`); undefined when dismissed. */
function quickPick<T extends Choice>(items: readonly T[], step: Step & { placeholder: string }, many: boolean): Promise<T[] | undefined> {
  return new Promise((resolve) => {
    const qp = vscode.window.createQuickPick<T & vscode.QuickPickItem>();
    Object.assign(qp, { title: step.title, step: step.step, totalSteps: step.totalSteps, placeholder: step.placeholder, items, canSelectMany: many, ignoreFocusOut: true });
    if (many) qp.selectedItems = items.filter((i) => i.picked);
    let done = false;
    qp.onDidAccept(() => {
      done = true;
      const first = qp.selectedItems[0] ?? qp.activeItems[0];
      resolve(many ? [...qp.selectedItems] : first ? [first] : []);
      qp.hide();
    });
    qp.onDidHide(() => {
      if (!done) resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}

/** The active editor's document when it is a file on disk of this kind. */
function activeFile(kind: FileKind): string | undefined {
  const active = vscode.window.activeTextEditor?.document;
  return active?.languageId === languageIdOf(kind) && active.uri.scheme === 'file' ? active.uri.fsPath : undefined;
}

export const vscodePrompts: Prompts = {
  async pickOne(items, step) {
    return (await quickPick(items, step, false))?.[0];
  },

  pickMany(items, step) {
    return quickPick(items, step, true);
  },

  askText(step) {
    return new Promise((resolve) => {
      const ib = vscode.window.createInputBox();
      Object.assign(ib, { title: step.title, step: step.step, totalSteps: step.totalSteps, prompt: step.prompt, value: step.value ?? '', ignoreFocusOut: true });
      let done = false;
      ib.onDidChangeValue((v) => (ib.validationMessage = step.validate?.(v)));
      ib.onDidAccept(() => {
        const bad = step.validate?.(ib.value);
        if (bad) {
          ib.validationMessage = bad;
          return;
        }
        done = true;
        resolve(ib.value);
        ib.hide();
      });
      ib.onDidHide(() => {
        if (!done) resolve(undefined);
        ib.dispose();
      });
      ib.show();
    });
  },

  async pickFolder(near) {
    const chosen = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, defaultUri: vscode.Uri.file(near) });
    return chosen?.[0]?.fsPath;
  },

  async confirm(message, detail, ...actions) {
    return vscode.window.showWarningMessage(message, { modal: true, detail }, ...actions);
  },

  async pickFile(kind, placeholder, title) {
    const active = vscode.window.activeTextEditor?.document;
    const files = await findWorkspaceFiles(kind, 200);
    if (files.length === 0 && active && active.languageId === languageIdOf(kind) && active.uri.scheme === 'file') return active.uri.fsPath;
    if (files.length === 1) return files[0].fsPath;
    if (files.length === 0) {
      void vscode.window.showWarningMessage(`Slipway: no matching file in the workspace (${placeholder}).`);
      return undefined;
    }
    const items = files
      .map((f) => ({ label: vscode.workspace.asRelativePath(f), description: kind === 'compose' ? `project ${path.basename(path.dirname(f.fsPath))}` : undefined, uri: f }))
      .sort((a, b) => (active && a.uri.fsPath === active.uri.fsPath ? -1 : active && b.uri.fsPath === active.uri.fsPath ? 1 : a.label.localeCompare(b.label)));
    return (await vscodePrompts.pickOne(items, { title, placeholder }))?.uri.fsPath;
  },

  activeFile,

  folderLabel(dir) {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(dir));
    if (!folder) return dir;
    const rel = path.relative(folder.uri.fsPath, dir).split(path.sep).join('/');
    const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    return multi ? (rel ? `${folder.name}/${rel}` : folder.name) : rel || '.';
  },
};
