// Inlay hints in workflows: each valid `cron:` of `on.schedule` in words after its value ("every Monday at 00:00
// UTC", or in the entry's `timezone:`). An invalid schedule gets none: the cron-schedule rule reports it.
import type { InlayHint } from 'vscode-languageserver-types';
import type { Range } from '../../engine/types';
import type { WorkflowModel } from '../model';
import { cronToWords, scheduleCrons } from './cron';

export function workflowInlayHints(model: WorkflowModel, range: Range): InlayHint[] {
  const out: InlayHint[] = [];
  for (const c of scheduleCrons(model)) {
    if (c.cron.includes('${{')) continue;
    const words = cronToWords(c.cron, c.timezone);
    const end = c.node.range?.[1];
    if (!words || end === undefined) continue;
    const position = model.lines.positionAt(end);
    if (position.line < range.start.line || position.line > range.end.line) continue;
    out.push({ position, label: words, paddingLeft: true });
  }
  return out;
}
