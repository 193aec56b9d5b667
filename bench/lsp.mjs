// A minimal LSP client for the benchmarks: the bundled server (dist/server.js) in a child process over stdio.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The server's process options as the VS Code client starts it (client/src/extension.ts). */
export const LAUNCH = JSON.parse(fs.readFileSync(path.join(ROOT, 'client/src/serverLaunch.json'), 'utf8'));

export class Server {
  constructor(settings = {}) {
    this.proc = spawn(process.execPath, [...LAUNCH.execArgv, path.join(ROOT, 'dist/server.js'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...LAUNCH.env },
    });
    this.stderr = '';
    this.proc.stderr.on('data', (d) => (this.stderr += d));
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    /** uri → {version, count, at} of the last publishDiagnostics. */
    this.published = new Map();
    this.waiters = [];
    this.errors = [];
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const at = performance.now();
      this.published.set(p.uri, { version: p.version, count: p.diagnostics.length, at });
      const still = [];
      for (const w of this.waiters) {
        if (w.uri === p.uri && (w.version === undefined || p.version === w.version)) w.resolve(at);
        else still.push(w);
      }
      this.waiters = still;
    });
    this.conn.onNotification('window/logMessage', (p) => {
      if (p.type === 1) this.errors.push(p.message);
    });
    this.conn.onRequest('workspace/configuration', (p) => p.items.map(() => settings));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.listen();
  }

  async initialize(rootPath) {
    const rootUri = rootPath ? `file://${rootPath}` : null;
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await this.conn.sendNotification('initialized', {});
    // The server pulls its settings and re-lints after `initialized`: let that settle before measuring.
    await new Promise((r) => setTimeout(r, 300));
  }

  /** Resolves with the time (performance.now()) the diagnostics for `uri` at `version` arrived. */
  diagnosticsFor(uri, version, timeoutMs = 30000) {
    const p = this.published.get(uri);
    if (p && (version === undefined || p.version === version)) return Promise.resolve(p.at);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version} in ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        uri,
        version,
        resolve: (at) => {
          clearTimeout(t);
          resolve(at);
        },
      });
    });
  }

  open(uri, languageId, text, version = 1) {
    return this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri, version, changes) {
    return this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  /** Resident set size of the server process, in bytes (Linux /proc). */
  rss() {
    const status = fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    const m = /^VmRSS:\s+(\d+) kB/m.exec(status);
    return m ? Number(m[1]) * 1024 : NaN;
  }

  async stop() {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      /* gone */
    }
    await new Promise((resolve) => {
      if (this.proc.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 2000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}
