// What an external analyser says about a script, in the script's own coordinates (1-based lines and columns, a
// column counting one per UTF-16 unit, tabs included), before it is mapped back into the document.

export type ToolLevel = 'error' | 'warning' | 'info' | 'style';

export interface ToolReplacement {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  replacement: string;
}

export interface ToolFinding {
  /** `SC2086`, or `pyflakes`. */
  code: string;
  level: ToolLevel;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The analyser's own repair (ShellCheck's json1 `fix`). */
  fix?: ToolReplacement[];
}

/** The answer for one script: its findings, or why there are none (the tool is missing or failed). */
export type ScriptAnswer = { findings: ToolFinding[] } | { missing: true } | { failed: string };
