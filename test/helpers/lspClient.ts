import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';

export const REPO = path.resolve(__dirname, '../../..');
export const SERVER = path.join(REPO, 'dist', 'server.js');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity?: number;
    code?: string | number;
    codeDescription?: { href: string };
    source?: string;
    message: string;
  }[];
}

/** A real LSP client over stdio to the bundled server (dist/server.js) in a child process. */
export class TestClient {
  readonly proc: ChildProcess;
  readonly conn: MessageConnection;
  readonly stderr: string[] = [];
  readonly logs: string[] = [];
  /** `window/showMessage` notifications received (their text). */
  readonly messages: string[] = [];
  private readonly diagnostics = new Map<string, PublishedDiagnostics[]>();
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  /** What `workspace/configuration` answers for the `slipway` section. */
  settings: unknown = {};
  /** When set, the answer for an item with a `scopeUri` (a workspace folder's settings); else `settings`. */
  scopedSettings?: (scopeUri: string) => unknown;
  /** `workspace/configuration` requests received. */
  configurationRequests = 0;
  /** False: `workspace/configuration` is never answered (a client that did not declare the capability). */
  answerConfiguration = true;
  /** `client/registerCapability` requests received (their registrations' methods). */
  readonly registrations: string[] = [];

  /**
   * `extraArgs` go to the server. ShellCheck and pyflakes findings arrive in a second publication, after the others:
   * the server runs without them (`--no-scripts`) unless `extraArgs` has `--scripts` (the tests about them).
   * `launch`: what starts the server instead of `node dist/server.js --stdio` (e.g. `bin/slipway.js lsp --stdio`).
   */
  constructor(extraArgs: string[] = [], launch: string[] = [SERVER, '--stdio']) {
    const args = extraArgs.includes('--scripts') ? extraArgs.filter((a) => a !== '--scripts') : ['--no-scripts', ...extraArgs];
    this.proc = spawn(process.execPath, [...launch, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stderr!.on('data', (d) => this.stderr.push(String(d)));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      const list = this.diagnostics.get(p.uri) ?? [];
      list.push(p);
      this.diagnostics.set(p.uri, list);
      const w = this.waiters;
      this.waiters = [];
      for (const f of w) f();
    });
    this.conn.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
    });
    this.conn.onNotification('window/showMessage', (p: { message: string }) => {
      this.messages.push(p.message);
    });
    this.conn.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) => {
      this.configurationRequests++;
      const answer = (i: { scopeUri?: string }) => (i.scopeUri && this.scopedSettings ? this.scopedSettings(i.scopeUri) : this.settings);
      return this.answerConfiguration ? p.items.map(answer) : new Promise<never>(() => undefined);
    });
    this.conn.onRequest('client/registerCapability', (p: { registrations?: { method: string }[] }) => {
      this.registrations.push(...(p.registrations ?? []).map((r) => r.method));
      return null;
    });
    this.conn.listen();
  }

  /** `folders`: the workspace folders (default: `rootPath` alone); `initializationOptions` as a client sends them. */
  async initialize(
    rootPath?: string,
    capabilities: object = { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    more: { folders?: string[]; initializationOptions?: unknown } = {},
  ) {
    const rootUri = rootPath ? pathToFileURL(rootPath).href : null;
    const folders = more.folders?.map((f, i) => ({ uri: pathToFileURL(f).href, name: `ws${i}` })) ?? (rootUri ? [{ uri: rootUri, name: 'ws' }] : null);
    const result = await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: folders,
      capabilities: { textDocument: { publishDiagnostics: { versionSupport: true } }, ...capabilities },
      initializationOptions: more.initializationOptions,
    });
    await this.conn.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  open(uri: string, languageId: string, text: string, version = 1) {
    this.versions.set(uri, version);
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  /** Sends incremental changes; returns the new version. */
  change(uri: string, changes: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]) {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  close(uri: string) {
    return this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the first diagnostics for `uri` published after `sinceCount` and matching `pred`. */
  async waitDiagnostics(uri: string, pred: (p: PublishedDiagnostics) => boolean = () => true, timeoutMs = 10000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (this.diagnostics.get(uri) ?? []).slice().reverse().find(pred);
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(`no matching diagnostics for ${uri}; got ${JSON.stringify(this.diagnostics.get(uri) ?? [])}\nstderr: ${this.stderr.join('')}`);
      }
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.max(10, deadline - Date.now()));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Every publishDiagnostics received for `uri`, in order. */
  published(uri: string): PublishedDiagnostics[] {
    return [...(this.diagnostics.get(uri) ?? [])];
  }

  /** The latest diagnostics for the document's current version. */
  latest(uri: string): Promise<PublishedDiagnostics> {
    const v = this.versions.get(uri);
    return this.waitDiagnostics(uri, (p) => p.version === undefined || p.version === v);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  shutdown(): Promise<void> {
    return stopServer(this.conn, this.proc);
  }
}

/** Asks the server to shut down and exit (2 s each at most), kills it if it does not, and closes the connection. */
export async function stopServer(conn: MessageConnection, proc: ChildProcess): Promise<void> {
  try {
    await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
    void conn.sendNotification('exit');
  } catch {
    /* already gone */
  }
  await new Promise<void>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    const t = setTimeout(() => {
      proc.kill('SIGKILL');
      resolve();
    }, 2000);
    proc.once('exit', () => {
      clearTimeout(t);
      resolve();
    });
  });
  conn.dispose();
}
