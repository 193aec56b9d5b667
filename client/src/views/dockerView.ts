// The "Images & Containers" view: a thin vscode adapter over dockerData.ts (lists, grouping, formatting, actions)
// and dockerEvents.ts (refresh on `docker events`). Its commands take a tree node from the view's menus, or an
// object from code ({ id }, { image }, ...; `confirmed: true` skips the confirmation) and return what happened.
//
// Workspace trust: like the other Docker commands, nothing runs docker in Restricted Mode or a virtual workspace
// (the view then says why), and the executable comes from user-level settings only.
import * as vscode from 'vscode';
import { DockerContext, DockerError, resolveDocker } from '../docker/cli';
import { validateImageRef } from '../docker/imageRef';
import { pushImage } from '../docker/push';
import { tagImage } from '../docker/tag';
import { dockerBlocked, userLevelValue } from '../docker/trust';
import {
  ComposeProject,
  ContainerAction,
  DockerContainer,
  DockerImage,
  DockerSnapshot,
  browserUrls,
  containerAction,
  executePrune,
  followLogsArgs,
  formatAge,
  formatPorts,
  formatSize,
  groupCompose,
  groupImages,
  imageLabel,
  imageRefOf,
  inspectObject,
  interactiveRunArgs,
  isRunning,
  planContainerPrune,
  planImagePrune,
  removeImage,
  runDetached,
  shownPorts,
  snapshot,
  sortContainers,
  checkContainerId,
  checkImageId,
} from './dockerData';
import { Debouncer, DockerEventsWatcher } from './dockerEvents';

export const VIEW_ID = 'slipway.dockerView';
export const INSPECT_SCHEME = 'slipway-docker-inspect';
/** The context key the view's menus read: `ok`, `down` or `blocked`. */
export const STATE_KEY = 'slipway.dockerView.state';

export const MESSAGES = {
  daemonDown: 'Docker is not running: start it or set slipway.docker.path',
  binaryMissing: 'Docker CLI not found: install it or set slipway.docker.path',
  untrusted: 'Docker is off in Restricted Mode: trust the workspace to list images and containers',
  virtual: 'Docker needs a folder on disk: this is a virtual workspace',
  noImages: 'No images',
  noContainers: 'No containers',
  noProjects: 'No Compose projects',
};

type Node =
  | { kind: 'group'; group: 'images' | 'containers' | 'compose' }
  | { kind: 'dangling'; images: DockerImage[] }
  | { kind: 'image'; image: DockerImage }
  | { kind: 'container'; container: DockerContainer; service?: string }
  | { kind: 'project'; project: ComposeProject }
  | { kind: 'message'; text: string; detail?: string; command?: vscode.Command; contextValue?: string };

function dockerContext(): DockerContext {
  const blocked = dockerBlocked({ trusted: vscode.workspace.isTrusted, folderSchemes: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme) });
  if (blocked) throw blocked;
  return { dockerPath: userLevelValue(vscode.workspace.getConfiguration('slipway.docker').inspect<string>('path')) || undefined, env: process.env };
}

const OPEN_DOCKER_SETTING: vscode.Command = { title: 'Open Settings', command: 'workbench.action.openSettings', arguments: ['slipway.docker.path'] };

/** The message node for a failure to list. */
function messageFor(e: unknown): Node {
  const err = e as DockerError;
  switch (err?.kind) {
    case 'untrusted':
      return { kind: 'message', text: MESSAGES.untrusted, detail: err.message, command: { title: 'Manage Workspace Trust', command: 'workbench.trust.manage' } };
    case 'unsupported':
      return { kind: 'message', text: MESSAGES.virtual, detail: err.message };
    case 'binary-missing':
      return { kind: 'message', text: MESSAGES.binaryMissing, detail: err.message, command: OPEN_DOCKER_SETTING };
    case 'daemon-down':
      return { kind: 'message', text: MESSAGES.daemonDown, detail: err.message, command: OPEN_DOCKER_SETTING };
    default:
      return { kind: 'message', text: `Cannot list Docker images and containers: ${err?.message ?? String(e)}`, detail: err?.message, command: OPEN_DOCKER_SETTING };
  }
}

function containerContext(c: DockerContainer): string {
  if (!isRunning(c)) return 'slipway.container.stopped';
  return browserUrls(c).length ? 'slipway.container.running.web' : 'slipway.container.running';
}

function stateIcon(c: DockerContainer): vscode.ThemeIcon {
  if (c.state === 'running') return new vscode.ThemeIcon('vm-running', new vscode.ThemeColor('testing.iconPassed'));
  if (c.state === 'paused') return new vscode.ThemeIcon('debug-pause');
  if (c.state === 'restarting') return new vscode.ThemeIcon('sync');
  return new vscode.ThemeIcon('vm-outline');
}

export class DockerTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private data: Promise<DockerSnapshot> | undefined;
  /** The last listing, or the error that prevented it (tests and the context key read these). */
  last: { snapshot?: DockerSnapshot; error?: unknown } = {};

  refresh(): void {
    this.data = undefined;
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  /** The listing, read once per refresh. */
  load(): Promise<DockerSnapshot> {
    this.data ??= (async () => {
      try {
        const s = await snapshot(dockerContext());
        this.last = { snapshot: s };
        void vscode.commands.executeCommand('setContext', STATE_KEY, 'ok');
        return s;
      } catch (e) {
        this.last = { error: e };
        const kind = (e as DockerError)?.kind;
        void vscode.commands.executeCommand('setContext', STATE_KEY, kind === 'untrusted' || kind === 'unsupported' ? 'blocked' : 'down');
        throw e;
      }
    })();
    return this.data;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) {
      try {
        await this.load();
      } catch (e) {
        return [messageFor(e)];
      }
      return [
        { kind: 'group', group: 'images' },
        { kind: 'group', group: 'containers' },
        { kind: 'group', group: 'compose' },
      ];
    }
    let s: DockerSnapshot;
    try {
      s = await this.load();
    } catch {
      return [];
    }
    switch (node.kind) {
      case 'group': {
        if (node.group === 'images') {
          const { tagged, dangling } = groupImages(s.images);
          const out: Node[] = tagged.map((image) => ({ kind: 'image', image }));
          if (dangling.length) out.push({ kind: 'dangling', images: dangling });
          return out.length ? out : [{ kind: 'message', text: MESSAGES.noImages }];
        }
        if (node.group === 'containers') {
          const out: Node[] = sortContainers(s.containers).map((container) => ({ kind: 'container', container }));
          return out.length ? out : [{ kind: 'message', text: MESSAGES.noContainers }];
        }
        const projects = groupCompose(s.containers);
        return projects.length ? projects.map((project) => ({ kind: 'project', project })) : [{ kind: 'message', text: MESSAGES.noProjects }];
      }
      case 'dangling':
        return node.images.map((image) => ({ kind: 'image', image }));
      case 'project':
        return node.project.services.flatMap((svc) => svc.containers.map((container): Node => ({ kind: 'container', container, service: svc.name })));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const s = this.last.snapshot;
    switch (node.kind) {
      case 'group': {
        const title = { images: 'Images', containers: 'Containers', compose: 'Compose Projects' }[node.group];
        const item = new vscode.TreeItem(title, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `group:${node.group}`;
        item.contextValue = { images: 'slipway.images', containers: 'slipway.containers', compose: 'slipway.composeProjects' }[node.group];
        if (s) {
          if (node.group === 'images') item.description = String(s.images.length);
          if (node.group === 'containers') item.description = `${s.containers.filter(isRunning).length} running, ${s.containers.length} in all`;
          if (node.group === 'compose') item.description = String(groupCompose(s.containers).length);
        }
        return item;
      }
      case 'dangling': {
        const item = new vscode.TreeItem('Dangling images', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = 'group:dangling';
        const total = node.images.reduce((n, i) => n + (Number.isFinite(i.size) ? i.size : 0), 0);
        item.description = `${node.images.length} · ${formatSize(total)}`;
        item.tooltip = 'Images with neither a repository nor a tag (<none>:<none>), e.g. left behind when a tag moved to a newer build.';
        item.contextValue = 'slipway.danglingImages';
        item.iconPath = new vscode.ThemeIcon('trash');
        return item;
      }
      case 'image': {
        const img = node.image;
        const item = new vscode.TreeItem(imageLabel(img), vscode.TreeItemCollapsibleState.None);
        item.id = `image:${img.id}:${imageLabel(img)}`;
        item.description = [formatSize(img.size), formatAge(img.created)].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString(
          [`**${imageLabel(img)}**`, `ID: \`${img.id.slice(0, 12)}\``, img.digest ? `Digest: \`${img.digest}\`` : '', `Size: ${formatSize(img.size)}`, img.created ? `Created: ${img.created.toISOString()} (${formatAge(img.created)})` : '']
            .filter(Boolean)
            .join('\n\n'),
        );
        item.contextValue = img.dangling ? 'slipway.image.dangling' : 'slipway.image';
        item.iconPath = new vscode.ThemeIcon('package');
        return item;
      }
      case 'container': {
        const c = node.container;
        const item = new vscode.TreeItem(node.service ?? c.name, vscode.TreeItemCollapsibleState.None);
        item.id = `${node.service ? 'compose-' : ''}container:${c.id}`;
        const ports = formatPorts(shownPorts(c));
        item.description = [node.service ? c.name : c.image, c.status, ports].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString(
          [`**${c.name}** (${c.state})`, `ID: \`${c.id.slice(0, 12)}\``, `Image: \`${c.image}\``, `Command: \`${c.command}\``, `Status: ${c.status}`, ports ? `Ports: ${ports}` : '']
            .filter(Boolean)
            .join('\n\n'),
        );
        item.contextValue = containerContext(c);
        item.iconPath = stateIcon(c);
        return item;
      }
      case 'project': {
        const p = node.project;
        const item = new vscode.TreeItem(p.name, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `project:${p.name}`;
        item.description = `${p.running}/${p.total} running`;
        item.tooltip = [p.name, p.workingDir, ...p.configFiles].filter(Boolean).join('\n');
        item.contextValue = 'slipway.composeProject';
        item.iconPath = new vscode.ThemeIcon('layers');
        return item;
      }
      case 'message': {
        const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
        item.tooltip = node.detail ?? node.text;
        item.command = node.command;
        item.contextValue = node.contextValue ?? 'slipway.message';
        item.iconPath = new vscode.ThemeIcon(node.command ? 'warning' : 'info');
        return item;
      }
    }
  }
}

/** `docker inspect` output as a read-only virtual document: slipway-docker-inspect:/<type>/<label>.json?<id>. */
class InspectProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const type = uri.path.split('/')[1];
    if (type !== 'image' && type !== 'container') throw new Error(`Unknown object type in ${uri.toString()}`);
    return inspectObject(dockerContext(), type, decodeURIComponent(uri.query));
  }
}

export function inspectUri(type: 'image' | 'container', id: string, label: string): vscode.Uri {
  const safe = label.replace(/[^A-Za-z0-9_.:@-]+/g, '_');
  return vscode.Uri.from({ scheme: INSPECT_SCHEME, path: `/${type}/${safe}.json`, query: encodeURIComponent(id) });
}

// ------------------------------------------------------------------ argument handling

type Arg = Node | { id?: string; image?: string; target?: string; confirmed?: boolean; url?: string } | string | undefined;

function containerOf(arg: Arg): { id: string; name: string; running?: boolean; container?: DockerContainer } {
  if (arg && typeof arg === 'object' && 'kind' in arg && arg.kind === 'container') {
    return { id: arg.container.id, name: arg.container.name, running: isRunning(arg.container), container: arg.container };
  }
  const id = typeof arg === 'string' ? arg : (arg as { id?: string })?.id;
  return { id: checkContainerId(id), name: id! };
}

function imageOf(arg: Arg): { ref: string; label: string; image?: DockerImage } {
  if (arg && typeof arg === 'object' && 'kind' in arg && arg.kind === 'image') return { ref: imageRefOf(arg.image), label: imageLabel(arg.image), image: arg.image };
  const ref = typeof arg === 'string' ? arg : (arg as { image?: string })?.image;
  return { ref: checkImageId(ref), label: ref! };
}

function confirmedOf(arg: Arg): boolean {
  return !!arg && typeof arg === 'object' && !('kind' in arg) && arg.confirmed === true;
}

async function confirm(message: string, detail: string, action: string, arg: Arg): Promise<boolean> {
  if (confirmedOf(arg)) return true;
  return (await vscode.window.showWarningMessage(message, { modal: true, detail }, action)) === action;
}

// ------------------------------------------------------------------ registration

export interface DockerViewApi {
  provider: DockerTreeProvider;
  treeView: vscode.TreeView<unknown>;
  watcher: DockerEventsWatcher;
}

/** Registers the view, its commands, the inspect document provider and the events watcher. */
export function registerDockerView(context: vscode.ExtensionContext): DockerViewApi {
  const provider = new DockerTreeProvider();
  const treeView = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const debouncer = new Debouncer(300, () => provider.refresh());
  const watcher = new DockerEventsWatcher(dockerContext, {
    onEvent: () => debouncer.trigger(),
    // The daemon went away or came back: the view says so.
    onState: (state) => {
      if (state !== 'stopped') debouncer.trigger();
    },
  });
  const allowed = (): boolean => !dockerBlocked({ trusted: vscode.workspace.isTrusted, folderSchemes: (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.scheme) });
  // Watch only while the view is visible (and docker may run); refresh when it becomes visible.
  const syncWatcher = (): void => {
    if (treeView.visible && allowed()) watcher.start();
    else watcher.stop();
  };
  const output = vscode.window.createOutputChannel('Slipway Docker View', { log: true });

  const fail = (what: string, e: unknown): undefined => {
    const msg = (e as Error)?.message ?? String(e);
    output.error(`${what}: ${msg}`);
    const actions = (e as DockerError)?.kind === 'untrusted' ? ['Manage Workspace Trust'] : [];
    void vscode.window.showErrorMessage(`Slipway: ${what}: ${msg}`, ...actions).then((c) => {
      if (c === 'Manage Workspace Trust') void vscode.commands.executeCommand('workbench.trust.manage');
    });
    return undefined;
  };
  // A progress bar on the view while docker works.
  const progress = <T>(title: string, fn: () => Promise<T>): Thenable<T> => vscode.window.withProgress({ location: { viewId: VIEW_ID }, title }, fn);
  // docker itself is the terminal's process (shellPath + shellArgs: an argument array, no shell), with the
  // extension host's Docker endpoint, which a terminal would not necessarily inherit.
  const terminal = (name: string, args: string[]): vscode.Terminal => {
    const ctx = dockerContext();
    const env: Record<string, string> = {};
    for (const k of ['DOCKER_HOST', 'DOCKER_CONTEXT', 'DOCKER_CONFIG', 'DOCKER_CERT_PATH', 'DOCKER_TLS_VERIFY']) {
      const v = (ctx.env ?? process.env)[k];
      if (v) env[k] = v;
    }
    const t = vscode.window.createTerminal({ name, shellPath: resolveDocker(ctx).path, shellArgs: args, env });
    t.show();
    return t;
  };
  /** A command that opens a terminal running docker for its item (`itemOf` the argument): `spec` gives [name, args]. */
  const inTerminal = <T>(what: string, itemOf: (arg: Arg) => T, spec: (item: T) => [string, string[]]) => (arg: Arg) => {
    try {
      return { terminal: terminal(...spec(itemOf(arg))).name };
    } catch (e) {
      return fail(what, e);
    }
  };
  const after = (): void => debouncer.trigger();

  const containerCmd = (action: ContainerAction) => async (arg: Arg) => {
    try {
      const c = containerOf(arg);
      let force = false;
      if (action === 'remove') {
        const running = c.running ?? false;
        const ok = await confirm(
          running ? `Container ${c.name} is running. Stop and remove it?` : `Remove container ${c.name}?`,
          `docker container rm${running ? ' --force' : ''} ${c.id.slice(0, 12)}\nIts file system changes are lost; its image stays.`,
          'Remove',
          arg,
        );
        if (!ok) return undefined;
        force = running;
      }
      const ctx = dockerContext();
      await progress(`${action} ${c.name}`, () => containerAction(ctx, action, c.id, { force }));
      output.info(`${action} ${c.name}: done`);
      after();
      return { ok: true, id: c.id };
    } catch (e) {
      return fail(`${action} container`, e);
    }
  };

  const pruneCmd = (kind: 'image' | 'container') => async (arg: Arg) => {
    try {
      const ctx = dockerContext();
      const plan = kind === 'image' ? await planImagePrune(ctx) : await planContainerPrune(ctx);
      if (plan.items.length === 0) {
        void vscode.window.showInformationMessage(`Slipway: nothing to prune: no ${kind === 'image' ? 'dangling images' : 'exited containers'}.`);
        return { removed: [], kept: [], summary: plan.summary };
      }
      const shown = plan.lines.slice(0, 15).join('\n') + (plan.lines.length > 15 ? `\n… and ${plan.lines.length - 15} more` : '');
      if (!(await confirm(`Remove ${plan.summary}?`, shown, 'Remove', arg))) return undefined;
      const ids = plan.items.map((i) => i.id);
      const r = await progress(`Removing ${plan.summary}`, () => executePrune(ctx, kind, ids));
      for (const k of r.kept) output.warn(`kept ${k.id.slice(0, 12)}: ${k.reason}`);
      void vscode.window.showInformationMessage(`Slipway: removed ${r.removed.length} ${kind}${r.removed.length === 1 ? '' : 's'}${r.kept.length ? `; ${r.kept.length} kept (in use, see the output)` : ''}.`);
      after();
      return { ...r, summary: plan.summary };
    } catch (e) {
      return fail(`prune ${kind}s`, e);
    }
  };

  const reg = (id: string, fn: (arg: Arg) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, fn);

  context.subscriptions.push(
    provider,
    treeView,
    output,
    { dispose: () => (watcher.stop(), debouncer.dispose()) },
    vscode.workspace.registerTextDocumentContentProvider(INSPECT_SCHEME, new InspectProvider()),
    treeView.onDidChangeVisibility(() => {
      syncWatcher();
      if (treeView.visible) provider.refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      provider.refresh();
      syncWatcher();
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('slipway.docker.path')) return;
      if (watcher.state !== 'stopped') watcher.restart();
      provider.refresh();
    }),
    reg('slipway.dockerView.refresh', () => {
      provider.refresh();
      // What the view now shows, for tests and other extensions: the labels of its items.
      return provider.load().then(
        (s) => ({
          images: s.images.map(imageLabel),
          containers: sortContainers(s.containers).map((c) => ({ name: c.name, state: c.state, contextValue: containerContext(c), ports: formatPorts(shownPorts(c)) })),
          projects: groupCompose(s.containers).map((p) => ({ name: p.name, services: p.services.map((x) => x.name) })),
        }),
        (e) => ({ error: (e as Error).message, message: (messageFor(e) as { text: string }).text }),
      );
    }),
    reg('slipway.dockerView.startContainer', containerCmd('start')),
    reg('slipway.dockerView.stopContainer', containerCmd('stop')),
    reg('slipway.dockerView.restartContainer', containerCmd('restart')),
    reg('slipway.dockerView.removeContainer', containerCmd('remove')),
    reg('slipway.dockerView.containerLogs', inTerminal('follow logs', containerOf, (c) => [`logs: ${c.name}`, followLogsArgs(c.id)])),
    reg('slipway.dockerView.openInBrowser', async (arg) => {
      try {
        const c = containerOf(arg);
        const urls = c.container ? browserUrls(c.container) : [];
        const given = arg && typeof arg === 'object' && !('kind' in arg) ? arg.url : undefined;
        const url = given && /^https?:\/\//.test(given) ? given : urls.length > 1 ? await vscode.window.showQuickPick(urls, { placeHolder: `Port of ${c.name} to open` }) : urls[0];
        if (!url) {
          if (urls.length === 0) void vscode.window.showInformationMessage(`Slipway: ${c.name} publishes no TCP port on the host.`);
          return undefined;
        }
        await vscode.env.openExternal(vscode.Uri.parse(url));
        return { url };
      } catch (e) {
        return fail('open in browser', e);
      }
    }),
    reg('slipway.dockerView.inspect', async (arg) => {
      try {
        let uri: vscode.Uri;
        if (arg && typeof arg === 'object' && 'kind' in arg && arg.kind === 'image') uri = inspectUri('image', arg.image.id, imageLabel(arg.image));
        else if (arg && typeof arg === 'object' && 'kind' in arg && arg.kind === 'container') uri = inspectUri('container', arg.container.id, arg.container.name);
        else if (arg && typeof arg === 'object' && !('kind' in arg) && arg.image) uri = inspectUri('image', checkImageId(arg.image), arg.image);
        else {
          const c = containerOf(arg);
          uri = inspectUri('container', c.id, c.name);
        }
        let doc = await vscode.workspace.openTextDocument(uri);
        if (doc.languageId !== 'json') doc = await vscode.languages.setTextDocumentLanguage(doc, 'json');
        await vscode.window.showTextDocument(doc, { preview: true });
        return { uri: uri.toString() };
      } catch (e) {
        return fail('inspect', e);
      }
    }),
    reg('slipway.dockerView.runImage', async (arg) => {
      try {
        const img = imageOf(arg);
        const ctx = dockerContext();
        const r = await progress(`Running ${img.label}`, () => runDetached(ctx, img.ref));
        const ports = formatPorts(r.ports);
        output.info(`run ${img.label}: container ${r.containerId?.slice(0, 12)}${ports ? ` (${ports})` : ''}`);
        void vscode.window.showInformationMessage(`Slipway: started ${img.label} as ${r.containerId?.slice(0, 12)}${ports ? ` (ports ${ports})` : ''}.`);
        after();
        return { containerId: r.containerId, ports: r.ports };
      } catch (e) {
        return fail('run image', e);
      }
    }),
    reg('slipway.dockerView.runImageInteractive', inTerminal('run image interactively', imageOf, (img) => [`run: ${img.label}`, interactiveRunArgs(img.ref)])),
    reg('slipway.dockerView.tagImage', async (arg) => {
      try {
        const img = imageOf(arg);
        const given = arg && typeof arg === 'object' && !('kind' in arg) ? arg.target : undefined;
        const target =
          given ??
          (await vscode.window.showInputBox({
            title: `Tag ${img.label}`,
            prompt: 'New reference: [registry/]name[:tag]',
            value: img.image?.repository ? `${img.image.repository}:` : '',
            validateInput: (v) => validateImageRef(v.trim(), { allowDigest: false }),
          }));
        if (!target) return undefined;
        const err = validateImageRef(target.trim(), { allowDigest: false });
        if (err) throw new DockerError('invalid-argument', err);
        await tagImage(dockerContext(), img.ref, target.trim());
        output.info(`tag ${img.label} ${target.trim()}`);
        after();
        return { ok: true, target: target.trim() };
      } catch (e) {
        return fail('tag image', e);
      }
    }),
    reg('slipway.dockerView.pushImage', async (arg) => {
      try {
        const img = imageOf(arg);
        if (img.image?.dangling) throw new DockerError('invalid-argument', 'Tag the image before pushing it.');
        const ctx = dockerContext();
        const r = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Slipway: pushing ${img.ref}`, cancellable: true }, (_p, token) => {
          const ac = new AbortController();
          const sub = token.onCancellationRequested(() => ac.abort());
          return pushImage(ctx, img.ref, { signal: ac.signal, onLine: (l) => output.info(l) }).finally(() => sub.dispose());
        });
        void vscode.window.showInformationMessage(`Slipway: pushed ${r.pushed}${r.digest ? ` (${r.digest.slice(0, 19)}…)` : ''}.`);
        return { pushed: r.pushed, digest: r.digest };
      } catch (e) {
        return fail('push image', e);
      }
    }),
    reg('slipway.dockerView.removeImage', async (arg) => {
      try {
        const img = imageOf(arg);
        if (!(await confirm(`Remove image ${img.label}?`, `docker image rm ${img.ref.length > 40 ? img.ref.slice(0, 12) : img.ref}`, 'Remove', arg))) return undefined;
        const ctx = dockerContext();
        await progress(`Removing ${img.label}`, () => removeImage(ctx, img.ref));
        after();
        return { ok: true };
      } catch (e) {
        return fail('remove image', e);
      }
    }),
    reg('slipway.dockerView.pruneImages', pruneCmd('image')),
    reg('slipway.dockerView.pruneContainers', pruneCmd('container')),
  );
  syncWatcher();
  return { provider, treeView: treeView as vscode.TreeView<unknown>, watcher };
}
