// The `slipway-docker` task provider: a build task for each Dockerfile and Compose Up / Down tasks for each Compose
// file of the workspace, and the tasks a tasks.json defines (build, run, tag, push, compose-up/down/logs). A build
// task runs dist/docker-task.js (docker build, then the failing line for the $slipway-docker-build problem matcher);
// the others run docker or Compose directly, their arguments validated by the tool layer first. In Restricted Mode
// or a virtual workspace no task is offered or resolved.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_DOCKERFILE } from '../../../../server/src/engine/languages';
import { buildCommandArgs } from '../build';
import { DockerError, engineEnv, resolveDocker } from '../cli';
import { compose, composeDownArgs, composeLogsArgs, composeUpArgs } from '../compose';
import { retarget } from '../imageRef';
import { pushCommandArgs } from '../push';
import { runCommandArgs } from '../run';
import { tagCommandArgs } from '../tag';
import { dockerBlockedHere, dockerContext, dockerSetting, findWorkspaceFiles } from './editor';

export const TASK_TYPE = 'slipway-docker';

export interface DockerTaskDefinition extends vscode.TaskDefinition {
  type: typeof TASK_TYPE;
  command: 'build' | 'run' | 'tag' | 'push' | 'compose-up' | 'compose-down' | 'compose-logs';
  dockerfile?: string;
  context?: string;
  tag?: string;
  target?: string;
  buildArgs?: Record<string, string>;
  image?: string;
  registry?: string;
  composeFile?: string;
}

export class DockerTaskProvider implements vscode.TaskProvider {
  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly log: (line: string) => void,
  ) {}

  async provideTasks(): Promise<vscode.Task[]> {
    // Offered tasks would run docker: none where docker must not run (VS Code asks for tasks without a user action).
    const blocked = dockerBlockedHere();
    if (blocked) {
      this.log(`slipway-docker tasks: none offered. ${blocked.message}`);
      return [];
    }
    const files = await findWorkspaceFiles('dockerfile', 50);
    const composeFiles = await findWorkspaceFiles('compose', 20);
    const tasks: vscode.Task[] = [];
    for (const f of files) {
      const rel = vscode.workspace.asRelativePath(f);
      const t = await this.resolveTask(this.make({ type: TASK_TYPE, command: 'build', dockerfile: '${workspaceFolder}/' + rel }, `build ${rel}`, f));
      if (t) tasks.push(t);
    }
    for (const f of composeFiles) {
      const rel = vscode.workspace.asRelativePath(f);
      for (const c of ['compose-up', 'compose-down'] as const) {
        const t = await this.resolveTask(this.make({ type: TASK_TYPE, command: c, composeFile: '${workspaceFolder}/' + rel }, `${c} ${rel}`, f));
        if (t) tasks.push(t);
      }
    }
    return tasks;
  }

  private make(def: DockerTaskDefinition, name: string, uri?: vscode.Uri): vscode.Task {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    return new vscode.Task(def, folder ?? vscode.TaskScope.Workspace, name, 'slipway');
  }

  async resolveTask(task: vscode.Task): Promise<vscode.Task | undefined> {
    const def = task.definition as DockerTaskDefinition;
    const folder = typeof task.scope === 'object' ? (task.scope as vscode.WorkspaceFolder).uri.fsPath : vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    const sub = (s: string | undefined): string | undefined => (s && folder ? s.replace(/\$\{workspaceFolder\}/g, folder) : s);
    let exec: vscode.ProcessExecution;
    let matchers: string[] = [];
    try {
      const ctx = dockerContext();
      const docker = resolveDocker(ctx).path;
      // slipway.docker.host / context for the task's docker too (the process gets VS Code's environment plus this).
      const hostEnv = engineEnv({ host: dockerSetting<string>('host'), context: dockerSetting<string>('context') }) as Record<string, string>;
      switch (def.command) {
        case 'build': {
          const dockerfile = sub(def.dockerfile) ?? (folder ? path.join(folder, DEFAULT_DOCKERFILE) : undefined);
          if (!dockerfile) return undefined;
          const args = ['build', '--dockerfile', dockerfile, '--context', sub(def.context) ?? path.dirname(dockerfile), '--docker', docker];
          if (def.tag) args.push('--tag', def.tag);
          if (def.target) args.push('--target', def.target);
          const buildArgs = { ...(dockerSetting<Record<string, string>>('buildArgs') ?? {}), ...(def.buildArgs ?? {}) };
          // Validate now so a bad tag fails in the editor, not in the terminal.
          buildCommandArgs({ dockerfile, context: sub(def.context), tags: def.tag ? [def.tag] : [], target: def.target, buildArgs });
          // Build arguments go in the environment: VS Code prints the command line in the task's terminal.
          exec = new vscode.ProcessExecution(process.execPath, [this.context.asAbsolutePath(path.join('dist', 'docker-task.js')), ...args], {
            cwd: folder,
            env: { ...hostEnv, ELECTRON_RUN_AS_NODE: '1', SLIPWAY_BUILD_ARGS: JSON.stringify(buildArgs) },
          });
          matchers = ['$slipway-docker-build'];
          break;
        }
        case 'run':
          if (!def.image) return undefined;
          // runCommandArgs validates the image, so that a task's `image` can never be read as a docker option.
          exec = new vscode.ProcessExecution(docker, runCommandArgs({ image: def.image, extraArgs: dockerSetting<string[]>('runArgs') ?? [] }), { cwd: folder, env: hostEnv });
          break;
        case 'tag':
          if (!def.image || !def.tag) return undefined;
          exec = new vscode.ProcessExecution(docker, tagCommandArgs(def.image, def.tag), { cwd: folder, env: hostEnv });
          break;
        case 'push': {
          if (!def.image) return undefined;
          const target = def.registry ? retarget(def.image, def.registry) : def.image;
          exec = new vscode.ProcessExecution(docker, pushCommandArgs(target), { cwd: folder, env: hostEnv });
          break;
        }
        case 'compose-up':
        case 'compose-down':
        case 'compose-logs': {
          const file = sub(def.composeFile);
          if (!file) return undefined;
          const cp = await compose(ctx);
          const project = { files: [file] };
          const args = def.command === 'compose-up' ? composeUpArgs(project) : def.command === 'compose-down' ? composeDownArgs(project) : composeLogsArgs(project, { tail: 200 });
          exec = new vscode.ProcessExecution(cp.command.command, [...cp.command.prefix, ...args], { cwd: path.dirname(file), env: hostEnv });
          break;
        }
        default:
          return undefined;
      }
    } catch (e) {
      const untrusted = (e as DockerError).kind === 'untrusted';
      const actions = untrusted ? ['Manage Workspace Trust'] : [];
      void vscode.window.showErrorMessage(`Slipway: task ${task.name}: ${(e as Error).message}`, ...actions).then((choice) => {
        if (choice === 'Manage Workspace Trust') void vscode.commands.executeCommand('workbench.trust.manage');
      });
      return undefined;
    }
    const t = new vscode.Task(def, task.scope ?? vscode.TaskScope.Workspace, task.name, 'slipway', exec, matchers);
    t.group = def.command === 'build' ? vscode.TaskGroup.Build : undefined;
    return t;
  }
}
