// The ShellCheck codes users meet most in Dockerfiles and CI scripts, with ShellCheck's level and a short title
// (ShellCheck 0.9.0's message where it is the same for every finding, else a sentence of our own). Hover, SARIF
// rule descriptors and the ShellCheck rule's docs page read it; a code not listed here shows ShellCheck's own message.
import type { Finding, Severity } from '../engine/types';
import type { ToolLevel } from './findings';

export interface ShellcheckCode {
  /** `SC2086`. */
  code: string;
  /** ShellCheck's level for the code. */
  level: ToolLevel;
  /** One line: what the code reports. */
  title: string;
}

export const SHELLCHECK_CODES: readonly ShellcheckCode[] = [
  { code: 'SC1083', level: 'warning', title: 'This { or } is literal. Check the expression (missing ; or newline?) or quote it.' },
  { code: 'SC1090', level: 'warning', title: "ShellCheck can't follow non-constant source. Use a directive to specify location." },
  { code: 'SC1091', level: 'info', title: 'Not following a sourced file that was not given as input (see shellcheck -x).' },
  { code: 'SC2001', level: 'style', title: 'See if you can use ${variable//search/replace} instead.' },
  { code: 'SC2002', level: 'style', title: "Useless cat. Consider 'cmd < file | ..' or 'cmd file | ..' instead." },
  { code: 'SC2004', level: 'style', title: '$/${} is unnecessary on arithmetic variables.' },
  { code: 'SC2005', level: 'style', title: "Useless echo? Instead of 'echo $(cmd)', just use 'cmd'." },
  { code: 'SC2006', level: 'style', title: 'Use $(...) notation instead of legacy backticks `...`.' },
  { code: 'SC2009', level: 'info', title: 'Consider using pgrep instead of grepping ps output.' },
  { code: 'SC2010', level: 'warning', title: "Don't use ls | grep. Use a glob or a for loop with a condition to allow non-alphanumeric filenames." },
  { code: 'SC2011', level: 'warning', title: "Use 'find .. -print0 | xargs -0 ..' or 'find .. -exec .. +' to allow non-alphanumeric filenames." },
  { code: 'SC2012', level: 'info', title: 'Use find instead of ls to better handle non-alphanumeric filenames.' },
  { code: 'SC2013', level: 'info', title: "To read lines rather than words, pipe/redirect to a 'while read' loop." },
  { code: 'SC2015', level: 'info', title: 'Note that A && B || C is not if-then-else. C may run when A is true.' },
  { code: 'SC2016', level: 'info', title: "Expressions don't expand in single quotes, use double quotes for that." },
  { code: 'SC2024', level: 'warning', title: "sudo doesn't affect redirects. Use ..| sudo tee file" },
  { code: 'SC2027', level: 'warning', title: 'The surrounding quotes actually unquote this. Remove or escape them.' },
  { code: 'SC2028', level: 'info', title: 'echo may not expand escape sequences. Use printf.' },
  { code: 'SC2034', level: 'warning', title: 'A variable appears unused. Verify use (or export if used externally).' },
  { code: 'SC2035', level: 'info', title: "Use ./*glob* or -- *glob* so names with dashes won't become options." },
  { code: 'SC2038', level: 'warning', title: 'Use -print0/-0 or -exec + to allow for non-alphanumeric filenames.' },
  { code: 'SC2043', level: 'warning', title: 'This loop will only ever run once. Bad quoting or missing glob/expansion?' },
  { code: 'SC2044', level: 'warning', title: 'For loops over find output are fragile. Use find -exec or a while read loop.' },
  { code: 'SC2045', level: 'error', title: 'Iterating over ls output is fragile. Use globs.' },
  { code: 'SC2046', level: 'warning', title: 'Quote this to prevent word splitting.' },
  { code: 'SC2059', level: 'info', title: "Don't use variables in the printf format string. Use printf '..%s..' \"$foo\"." },
  { code: 'SC2064', level: 'warning', title: 'Use single quotes, otherwise this expands now rather than when signalled.' },
  { code: 'SC2068', level: 'error', title: 'Double quote array expansions to avoid re-splitting elements.' },
  { code: 'SC2086', level: 'info', title: 'Double quote to prevent globbing and word splitting.' },
  { code: 'SC2113', level: 'warning', title: "'function' keyword is non-standard. Use 'foo()' instead of 'function foo'." },
  { code: 'SC2115', level: 'warning', title: 'Use "${var:?}" to ensure this never expands to / (or /*).' },
  { code: 'SC2116', level: 'style', title: "Useless echo? Instead of 'cmd $(echo foo)', just use 'cmd foo'." },
  { code: 'SC2126', level: 'style', title: "Consider using 'grep -c' instead of 'grep|wc -l'." },
  { code: 'SC2129', level: 'style', title: 'Consider using { cmd1; cmd2; } >> file instead of individual redirects.' },
  { code: 'SC2140', level: 'warning', title: 'Word is of the form "A"B"C" (B indicated). Did you mean "ABC" or "A\\"B\\"C"?' },
  { code: 'SC2143', level: 'style', title: 'Use grep -q instead of comparing output with [ -n .. ].' },
  { code: 'SC2145', level: 'error', title: 'Argument mixes string and array. Use * or separate argument.' },
  { code: 'SC2153', level: 'info', title: 'Possible misspelling: a variable may not be assigned, and a similar name is.' },
  { code: 'SC2154', level: 'warning', title: 'A variable is referenced but not assigned.' },
  { code: 'SC2155', level: 'warning', title: 'Declare and assign separately to avoid masking return values.' },
  { code: 'SC2162', level: 'info', title: 'read without -r will mangle backslashes.' },
  { code: 'SC2164', level: 'warning', title: "Use 'cd ... || exit' or 'cd ... || return' in case cd fails." },
  { code: 'SC2166', level: 'warning', title: 'Prefer [ p ] && [ q ] as [ p -a q ] is not well defined.' },
  { code: 'SC2174', level: 'warning', title: 'When used with -p, -m only applies to the deepest directory.' },
  { code: 'SC2181', level: 'style', title: "Check exit code directly with e.g. 'if ! mycmd;', not indirectly with $?." },
  { code: 'SC2188', level: 'warning', title: "This redirection doesn't have a command. Move to its command (or use 'true' as no-op)." },
  { code: 'SC2196', level: 'info', title: 'egrep is non-standard and deprecated. Use grep -E instead.' },
  { code: 'SC2197', level: 'info', title: 'fgrep is non-standard and deprecated. Use grep -F instead.' },
  { code: 'SC2206', level: 'warning', title: 'Quote to prevent word splitting/globbing, or split robustly with mapfile or read -a.' },
  { code: 'SC2207', level: 'warning', title: 'Prefer mapfile or read -a to split command output (or quote to avoid splitting).' },
  { code: 'SC2219', level: 'style', title: "Instead of 'let expr', prefer (( expr )) ." },
  { code: 'SC2230', level: 'info', title: "'which' is non-standard. Use builtin 'command -v' instead." },
  { code: 'SC2236', level: 'style', title: 'Use -n instead of ! -z.' },
  { code: 'SC2283', level: 'error', title: "Remove spaces around = to assign (or use [ ] to compare, or quote '=' if literal)." },
  { code: 'SC2317', level: 'info', title: 'Command appears to be unreachable. Check usage (or ignore if invoked indirectly).' },
  { code: 'SC3009', level: 'warning', title: 'In POSIX sh, brace expansion is undefined.' },
  { code: 'SC3010', level: 'warning', title: 'In POSIX sh, [[ ]] is undefined.' },
  { code: 'SC3014', level: 'warning', title: 'In POSIX sh, == in place of = is undefined.' },
  { code: 'SC3020', level: 'warning', title: 'In POSIX sh, &> is undefined.' },
  { code: 'SC3037', level: 'warning', title: 'In POSIX sh, echo flags are undefined.' },
  { code: 'SC3040', level: 'warning', title: 'In POSIX sh, set option pipefail is undefined.' },
  { code: 'SC3043', level: 'warning', title: "In POSIX sh, 'local' is undefined." },
  { code: 'SC3046', level: 'warning', title: "In POSIX sh, 'source' in place of '.' is undefined." },
  { code: 'SC3060', level: 'warning', title: 'In POSIX sh, string replacement is undefined.' },
];

const BY_CODE = new Map(SHELLCHECK_CODES.map((c) => [c.code, c]));

/** An analyser's level (ShellCheck's; pyflakes findings get one of them) → Slipway's default severity for the finding. */
export const SHELLCHECK_SEVERITY: Record<ToolLevel, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'hint' };

/** A ShellCheck code as a rule id: `SC` and four digits. */
export function isShellcheckCode(id: string): boolean {
  return /^SC\d{4}$/.test(id);
}

/** The bundled entry for a code, if it is one of the common ones. */
export function shellcheckCode(code: string): ShellcheckCode | undefined {
  return BY_CODE.get(code.toUpperCase());
}

/** The code's page on ShellCheck's wiki. */
export function shellcheckWikiUrl(code: string): string {
  return `https://www.shellcheck.net/wiki/${code.toUpperCase()}`;
}

/** What a ShellCheck finding is about: the bundled title, else ShellCheck's message. */
export function shellcheckTitle(f: Pick<Finding, 'rule' | 'message'>): string {
  return shellcheckCode(f.rule)?.title ?? f.message;
}

/** Hover text for a ShellCheck finding: code, title and the wiki link. */
export function shellcheckHoverSection(f: Pick<Finding, 'rule' | 'message'>): string {
  return `**${f.rule}** (ShellCheck): ${shellcheckTitle(f)}\n\n[ShellCheck wiki: ${f.rule}](${shellcheckWikiUrl(f.rule)})`;
}

/** A markdown table of the bundled codes (the ShellCheck rule's docs page). */
export function shellcheckCodesMarkdown(): string {
  const cell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, '\\`').replace(/\*/g, '\\*');
  return [
    '## Common codes',
    '',
    'The codes met most often in Dockerfiles and CI scripts. Every code has its page on ShellCheck\'s wiki; each one can be turned off or given another severity like a rule (`"slipway.rules": { "SC2086": "off" }`).',
    '',
    '| Code | ShellCheck level | Slipway severity | What it reports |',
    '| --- | --- | --- | --- |',
    ...SHELLCHECK_CODES.map((c) => `| [${c.code}](${shellcheckWikiUrl(c.code)}) | ${c.level} | ${SHELLCHECK_SEVERITY[c.level]} | ${cell(c.title)} |`),
    '',
  ].join('\n');
}
