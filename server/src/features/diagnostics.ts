import { Connection, Diagnostic, DiagnosticSeverity, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { languageOf, uriToPath, type AnalysisCache } from '../analysis';
import { describeProblem } from '../engine/configParse';
import { ruleDocUrl, Severity, Finding } from '../engine/types';
import { sortFindings } from '../engine/lint';
import type { ExternalTool } from '../engine/types';
import { analyseScripts, INSTALL_HINT } from '../scripts/analyse';
import { carryFindings, type ScriptSnapshot } from '../scripts/carry';

export const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.rule,
    // ShellCheck's codes are explained on its wiki.
    codeDescription: { href: ruleDocUrl(f.rule) },
    source: 'slipway',
    message: f.message,
  };
}

/** Sync notifications received but not handled yet (PendingSync in transport.ts). */
export interface WaitingChanges {
  has(uri: string): boolean;
  onSettled(f: (uri: string) => void): void;
}

/**
 * Publishes diagnostics for open documents as soon as the notification that changed them is handled: the events of
 * one notification (an open is an open and a change) are linted once, in a microtask, with no timer and no wait for
 * the next turn of the event loop (a lint takes well under a millisecond for ordinary files). Only the document
 * that changed is linted (all of them after a settings or config-file change), and only its newest version: when
 * a newer change of it has already arrived, the lint waits for that one (`waiting`), so a client that sends many
 * quick edits to a large file gets the diagnostics of the last, not of each in turn.
 */
/** How long a document must stay unchanged before ShellCheck and pyflakes run on its scripts. */
export const SCRIPT_DELAY_MS = 250;

export function registerDiagnostics(connection: Connection, documents: TextDocuments<TextDocument>, cache: AnalysisCache, waiting?: WaitingChanges) {
  const pending = new Set<string>();
  let scheduled = false;
  /** The script analysis running for each document (stopped when a newer version arrives or it closes). */
  const running = new Map<string, { ctrl: AbortController; req: object }>();
  const toldMissing = new Set<ExternalTool>();
  /**
   * The script findings last published for each document, with its text then: until the analysers answer for a
   * newer version, they are published with it, moved with the edit (see carry.ts), so that typing does not make
   * them blink. `carried` remembers which version got some, so that an answer with no findings still clears them.
   */
  const lastScripts = new Map<string, ScriptSnapshot>();
  /** Config problems written to the log since the last refresh. */
  const logged = new Set<string>();
  const openPaths = () => new Set(documents.all().flatMap((d) => uriToPath(d.uri) ?? []));
  const carried = new Map<string, number>();

  /**
   * ShellCheck and pyflakes on the document's scripts, after its other findings are published: their findings are
   * added to the lint and published again, unless the document changed meanwhile (then that version's run counts).
   */
  const analyseScriptsOf = (uri: string, version: number) => {
    const r = cache.lintOf(uri);
    const req = r?.scripts;
    if (!r || !req || r.version !== version) return;
    // Published again while its scripts are being analysed (a settled change, a refresh of the same lint): let it run.
    if (running.get(uri)?.req === req) return;
    running.get(uri)?.ctrl.abort();
    const ctrl = new AbortController();
    const job = { ctrl, req };
    running.set(uri, job);
    const start = (): void => {
      void analyseScripts(req, cache.tools, { signal: ctrl.signal })
        .then((res) => {
          if (running.get(uri) === job) running.delete(uri);
          if (ctrl.signal.aborted) return;
          for (const tool of res.missing) {
            if (toldMissing.has(tool)) continue;
            toldMissing.add(tool);
            connection.console.warn(`slipway: ${INSTALL_HINT[tool]}`);
            // A notification (window/showMessage, type Info): nothing to answer, and it is in the log too.
            void connection.sendNotification('window/showMessage', { type: 3, message: `Slipway: ${INSTALL_HINT[tool]}` });
          }
          for (const f of res.failures) connection.console.warn(`slipway: ${uri}: ${f}`);
          const doc = documents.get(uri);
          if (!doc || doc.version !== version || !cache.addScriptFindings(uri, version, res.findings)) return;
          lastScripts.set(uri, { text: doc.getText(), findings: res.findings });
          const hadCarried = carried.get(uri) === version;
          carried.delete(uri);
          if (res.findings.length || hadCarried) void connection.sendDiagnostics({ uri, version, diagnostics: cache.lintOf(uri)!.findings.map(toDiagnostic) });
        })
        .catch((e) => connection.console.error(`slipway: script analysis failed for ${uri}: ${(e as Error).stack ?? e}`));
    };
    // Typing sends a version per keystroke: the analysers start once the document has been still for a moment, so
    // that a burst of edits costs one run (each new version aborts the wait of the one before).
    const timer = setTimeout(() => start(), SCRIPT_DELAY_MS);
    ctrl.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  };

  const publish = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc) return;
    // The change that replaces this version will schedule its own lint (or, dropped as malformed, settle and
    // schedule this one again: see below).
    if (waiting?.has(uri)) return;
    let diagnostics: Diagnostic[] = [];
    try {
      const a = cache.lint(doc);
      if (a) diagnostics = a.findings.map(toDiagnostic);
      // Its scripts are still to be analysed: show the previous version's script findings meanwhile.
      const before = lastScripts.get(uri);
      if (a?.scripts && before) {
        const kept = carryFindings(before, doc.getText());
        // The next edit may come before the analysers answer: it carries from here.
        lastScripts.set(uri, { text: doc.getText(), findings: kept });
        if (kept.length) {
          diagnostics = sortFindings([...a.findings, ...kept]).map(toDiagnostic);
          carried.set(uri, doc.version);
        }
      }
      // Not linted (slipway.maxFileSize): one note at the top instead of findings.
      if (a?.skipped) diagnostics = [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Information, source: 'slipway', message: a.skipped }];
      // A config file's problems are shown on it when it is open (it is linted as a document of its own); else they
      // go to the log, once each until the next refresh.
      for (const p of a?.configProblems ?? []) {
        const line = describeProblem(p);
        if (logged.has(line) || openPaths().has(p.source)) continue;
        logged.add(line);
        connection.console.warn(line);
      }
    } catch (e) {
      // A bug of ours must never take the server down; report it and keep the previous state.
      connection.console.error(`slipway: lint failed for ${uri}: ${(e as Error).stack ?? e}`);
      return;
    }
    void connection.sendDiagnostics({ uri, version: doc.version, diagnostics });
    analyseScriptsOf(uri, doc.version);
  };

  const schedule = (uri: string) => {
    pending.add(uri);
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      const uris = [...pending];
      pending.clear();
      for (const u of uris) publish(u);
    });
  };

  // The last waiting notification of a document was dispatched: lint what is there now (a no-op when its handler
  // already scheduled the lint, in the same microtask).
  waiting?.onSettled((uri) => schedule(uri));

  documents.onDidOpen((e) => {
    // Opened again without a close: the same version number may now stand for another text.
    cache.forget(e.document.uri);
    lastScripts.delete(e.document.uri);
    schedule(e.document.uri);
  });
  documents.onDidChangeContent((e) => {
    // The scripts of the previous version need no answer any more.
    running.get(e.document.uri)?.ctrl.abort();
    // A config file (.slipway.yaml, .hadolint.yaml, .github/actionlint.yaml…) applies to the other documents as the
    // editor has it (AnalysisCache.configFiles): they follow each change, without waiting for a file-watch event a
    // client may never send.
    if (languageOf(e.document) === 'config') refreshAll();
    else schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    pending.delete(e.document.uri);
    running.get(e.document.uri)?.ctrl.abort();
    running.delete(e.document.uri);
    lastScripts.delete(e.document.uri);
    carried.delete(e.document.uri);
    cache.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // Closed without saving, a config file applies as the disk has it again.
    if (languageOf(e.document) === 'config') refreshAll();
  });

  let refreshQueued = false;
  /**
   * Re-lints every open document (after a settings or config-file change). Calls in the same turn make one refresh,
   * after the work under way: one event may be seen by several listeners (a config file opened is a content change
   * and an open), and a lint that finds its config files changed on disk calls this in the middle of its work.
   */
  function refreshAll() {
    if (refreshQueued) return;
    refreshQueued = true;
    queueMicrotask(() => {
      refreshQueued = false;
      cache.clear();
      logged.clear();
      // New settings may turn the analysers or some of their codes off: nothing is carried over a refresh.
      lastScripts.clear();
      for (const d of documents.all()) schedule(d.uri);
    });
  }

  return { refreshAll };
}
