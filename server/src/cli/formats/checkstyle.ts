// Checkstyle XML: read by Jenkins (warnings-ng), reviewdog, GitLab converters and many CI dashboards.
import type { Severity } from '../../engine/types';
import { FileResult, resultName } from '../format';
import type { ReportContext } from './index';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'info', hint: 'info' };

/**
 * Escapes text for an XML 1.0 attribute: markup characters as entities, tab/CR/LF as character references (so
 * they survive attribute normalisation), and characters XML 1.0 cannot carry at all (other C0 controls, lone
 * surrogates, U+FFFE/U+FFFF) as U+FFFD. DEL, C1 controls, line separators and bidi characters, which XML allows but
 * a terminal or log would act on, are character references too, as is the `[` of `##[` (a legacy GitHub workflow
 * command wherever it appears in a log line): the parsed value is the same.
 */
export function escapeXmlAttribute(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else if (c === 0x9) out += '&#9;';
    else if (c === 0xa) out += '&#10;';
    else if (c === 0xd) out += '&#13;';
    else if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) out += '\uFFFD';
    else if ((c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) out += `&#x${c.toString(16)};`;
    else if (ch === '[' && out.endsWith('##')) out += '&#91;';
    else out += ch;
  }
  return out;
}

function attrs(a: [string, string | number][]): string {
  return a.map(([k, v]) => `${k}="${escapeXmlAttribute(String(v))}"`).join(' ');
}

/** `<checkstyle><file name><error line column severity message source/></file></checkstyle>`, every file listed. */
export function formatCheckstyle(results: FileResult[], ctx: ReportContext): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const e of ctx.errors) lines.push(`  <file ${attrs([['name', '']])}>`, `    <error ${attrs([['line', 1], ['column', 1], ['severity', 'error'], ['message', e], ['source', 'slipway']])}/>`, '  </file>');
  for (const r of results) {
    lines.push(`  <file ${attrs([['name', resultName(r, ctx.cwd)]])}>`);
    if (r.error) lines.push(`    <error ${attrs([['line', 1], ['column', 1], ['severity', 'error'], ['message', `cannot read: ${r.error}`], ['source', 'slipway']])}/>`);
    for (const f of r.findings) {
      lines.push(
        `    <error ${attrs([
          ['line', f.range.start.line + 1],
          ['column', f.range.start.character + 1],
          ['severity', LEVEL[f.severity]],
          ['message', f.message],
          ['source', f.rule],
        ])}/>`,
      );
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return lines.join('\n') + '\n';
}
