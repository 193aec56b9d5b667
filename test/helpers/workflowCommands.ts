// How the GitHub runner finds workflow commands in a step's log (actions/runner, ActionCommand.TryParseV2 and
// TryParse): the tests use it to prove that file content in our output never becomes one.

/** The annotations the github format writes (properties percent-encoded, so the `::` that ends them is ours). */
const OURS = /^::(error|warning|notice) (?:file=[^,:\r\n]*,(?:line=\d+,col=\d+,endLine=\d+,endColumn=\d+,)?)?title=[^,:\r\n]*::[^\r\n]*$/;

/**
 * The lines of `log` the runner would take as workflow commands that we did not write: a line (split at CR, LF or
 * CRLF) is a `::command` when it starts with `::` after leading white space, and any other line holding `##[` is the
 * legacy form, which the runner honours anywhere in a line. With `ours`, our own annotations are allowed: a line
 * parsed as a `::` command is not parsed again for `##[`.
 */
export function foreignCommands(log: string, ours: boolean): string[] {
  const bad: string[] = [];
  for (const line of log.split(/\r\n|\r|\n/)) {
    if (/^[\s\u0085]*::/.test(line)) {
      if (!(ours && OURS.test(line))) bad.push(line);
    } else if (line.includes('##[')) bad.push(line);
  }
  return bad;
}
