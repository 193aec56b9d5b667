// The script findings of a document's previous version, carried over to its new text until the analysers answer
// for it: ShellCheck and pyflakes run only once a document has been still for a moment, and without this every
// keystroke would make their squiggles vanish and come back. A finding keeps its place relative to the text
// around it; one whose text the edit touched is dropped (it may be fixed, or moved).
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine/types';

/** The script findings of one version of a document, with that version's text. */
export interface ScriptSnapshot {
  text: string;
  findings: readonly Finding[];
}

/**
 * `before.findings` placed in `text`: the two texts are compared once (the common start and the common end; what
 * lies between is the edit), findings before the edit keep their range, findings after it move with the text, and
 * findings that overlap or touch the edit are left out. Fixes are not carried (their edits are for the old text).
 */
export function carryFindings(before: ScriptSnapshot, text: string): Finding[] {
  if (!before.findings.length) return [];
  const old = before.text;
  if (old === text) return before.findings.map(({ fixes: _fixes, ...f }) => f);
  const max = Math.min(old.length, text.length);
  let head = 0;
  while (head < max && old.charCodeAt(head) === text.charCodeAt(head)) head++;
  let tail = 0;
  while (tail < max - head && old.charCodeAt(old.length - 1 - tail) === text.charCodeAt(text.length - 1 - tail)) tail++;
  const editEnd = old.length - tail; // the edit replaced old[head, editEnd) with text[head, text.length - tail)
  const delta = text.length - old.length;
  const was = TextDocument.create('carry:old', 'plaintext', 0, old);
  const now = TextDocument.create('carry:new', 'plaintext', 0, text);
  const out: Finding[] = [];
  for (const { fixes: _fixes, ...f } of before.findings) {
    const start = was.offsetAt(f.range.start);
    const end = was.offsetAt(f.range.end);
    if (end < head) out.push(f);
    else if (start > editEnd) out.push({ ...f, range: { start: now.positionAt(start + delta), end: now.positionAt(end + delta) } });
  }
  return out;
}
