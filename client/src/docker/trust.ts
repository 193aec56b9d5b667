// When the Docker commands may run, and which settings they may read: the decisions behind Restricted Mode
// (workspace trust) and virtual workspaces, kept free of vscode so that they can be tested in plain node.
//
// A repository that is opened can carry `.vscode/settings.json`, tasks and files. Nothing in it may make Slipway
// run a program: the docker executable (slipway.docker.path) comes from user settings only, and in a workspace
// that is not trusted every Docker command and task refuses to start. Linting reads files and runs nothing, so
// it works everywhere.
import { DockerError } from './cli';

export interface WorkspaceFacts {
  /** vscode.workspace.isTrusted */
  trusted: boolean;
  /** The URI schemes of the workspace folders (`file` for folders on disk). */
  folderSchemes: readonly string[];
}

/** Why the Docker commands cannot run in this workspace (a DockerError to report), or undefined when they can. */
export function dockerBlocked(facts: WorkspaceFacts): DockerError | undefined {
  if (!facts.trusted) {
    return new DockerError(
      'untrusted',
      'Docker commands and slipway-docker tasks are disabled in Restricted Mode: this workspace is not trusted, and ' +
        'docker would run with options and files that the workspace chooses. Linting still works. To build, run, ' +
        'push or use Compose, trust the workspace (Manage Workspace Trust).',
    );
  }
  if (facts.folderSchemes.length > 0 && !facts.folderSchemes.includes('file')) {
    return new DockerError(
      'unsupported',
      `Docker commands need a folder on disk, and this is a virtual workspace (${[...new Set(facts.folderSchemes)].join(', ')}). ` +
        'Linting of open documents still works; clone the repository locally to use Docker.',
    );
  }
  return undefined;
}

/** What WorkspaceConfiguration.inspect() returns for one setting (the part used here). */
export interface InspectedSetting<T> {
  key?: string;
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/**
 * The value from user settings (in a remote window, the user and remote settings VS Code merges), else the
 * default. Workspace and folder values are never taken: the docker executable must not be chosen by a
 * repository's `.vscode/settings.json`, whatever scope VS Code applied.
 */
export function userLevelValue<T>(inspected: InspectedSetting<T> | undefined): T | undefined {
  if (!inspected) return undefined;
  return inspected.globalValue !== undefined ? inspected.globalValue : inspected.defaultValue;
}

/**
 * A setting VS Code restricts in untrusted workspaces (runArgs, buildArgs, defaultRegistry): in a trusted
 * workspace the resolved value (`get()`, workspace values included), otherwise only the user's own value.
 * VS Code already ignores such workspace values in Restricted Mode; this does not depend on it.
 */
export function restrictedSettingValue<T>(inspected: InspectedSetting<T> | undefined, trusted: boolean, resolved: T | undefined): T | undefined {
  return trusted ? resolved : userLevelValue(inspected);
}
