// What the Slipway status bar item says: the language server's state and the counts of Slipway's own diagnostics in
// the active file. Plain data in, text out (no vscode), so that it can be tested in plain node; extension.ts shows it.

export type ServerState = 'starting' | 'running' | 'stopped' | 'error';

export interface StatusInput {
  state: ServerState;
  /** Severities (0 error, 1 warning, 2 information, 3 hint: vscode.DiagnosticSeverity) of Slipway's diagnostics in the active file; undefined when the active editor is not a Slipway document. */
  severities?: readonly number[];
  /** Why the server is in `error` (its start failed). */
  error?: string;
  /** The workspace is in Restricted Mode (not trusted): linting works, the Docker commands and tasks do not. */
  restricted?: boolean;
}

export interface StatusView {
  /** With codicons: `$(name)`. */
  text: string;
  tooltip: string;
  /** Shown with the status bar's error colours. */
  alarming: boolean;
}

const RESTRICTED = ' Restricted Mode: linting works; the Docker commands and tasks are off until you trust this workspace (Manage Workspace Trust).';

/**
 * The item for the state and the counts: `$(check) Slipway`, `$(error) 2 $(warning) 1 Slipway`, `$(sync~spin) Slipway`…;
 * in Restricted Mode with a shield, and the tooltip says what is off.
 */
export function statusView(input: StatusInput): StatusView {
  const v = serverView(input);
  if (!input.restricted || input.state !== 'running') return v;
  return { ...v, text: `$(shield) ${v.text.replace(/^\$\(check\) /, '')}`, tooltip: `${v.tooltip}${RESTRICTED}` };
}

function serverView(input: StatusInput): StatusView {
  switch (input.state) {
    case 'starting':
      return { text: '$(sync~spin) Slipway', tooltip: 'Slipway: the language server is starting', alarming: false };
    case 'stopped':
      return { text: '$(circle-slash) Slipway', tooltip: 'Slipway: the language server is stopped (Slipway: Restart Language Server)', alarming: false };
    case 'error':
      return {
        text: '$(error) Slipway',
        tooltip: `Slipway: the language server failed${input.error ? `: ${input.error}` : ''} (Slipway: Show Language Server Output)`,
        alarming: true,
      };
    case 'running':
      break;
  }
  const s = input.severities;
  if (!s) return { text: '$(check) Slipway', tooltip: 'Slipway: the language server is running', alarming: false };
  const errors = s.filter((x) => x === 0).length;
  const warnings = s.filter((x) => x === 1).length;
  const others = s.length - errors - warnings;
  if (s.length === 0) return { text: '$(check) Slipway', tooltip: 'Slipway: no problems in this file. Click to open the Problems view.', alarming: false };
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (others) parts.push(`${others} info/hint`);
  return {
    text: `$(error) ${errors} $(warning) ${warnings} Slipway`,
    tooltip: `Slipway in this file: ${parts.join(', ')}. Click to open the Problems view.`,
    alarming: false,
  };
}
