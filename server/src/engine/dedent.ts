/**
 * Multi-line text written indented in code, for the `input` and `fixed` of rule cases:
 *
 *     input: dedent`
 *       FROM alpine
 *       RUN echo hi
 *     `,
 *
 * is `'FROM alpine\nRUN echo hi\n'`. The line break right after the opening backtick and the spaces before the
 * closing one are dropped (the text then ends with a line break; put the backtick right after the last line for text
 * that doesn't), the smallest indentation of the other non-blank lines is removed from each of them, and lines of
 * spaces only become empty. Only spaces count as indentation: a tab (written `\t`) is kept. Escapes are those of any
 * template literal, so a backslash is written `\\` and a literal `${` is written `\${`; interpolated values are
 * inserted as they are.
 */
export function dedent(strings: TemplateStringsArray, ...values: unknown[]): string {
  const chunks = strings.map((s, i) => {
    if (s === undefined) throw new Error(`dedent: invalid escape sequence in ${JSON.stringify(strings.raw[i])}`);
    return s.split('\n');
  });
  // A segment starts a line when it is the first of the text or follows a line break; it is blank when it holds only
  // spaces and no interpolated value follows it on its line.
  const starts: { chunk: number; seg: number; blank: boolean }[] = [];
  chunks.forEach((segs, ci) =>
    segs.forEach((seg, si) => {
      if (si === 0 && ci > 0) return;
      const valueFollows = si === segs.length - 1 && ci < chunks.length - 1;
      starts.push({ chunk: ci, seg: si, blank: !valueFollows && /^ *$/.test(seg) });
    }),
  );
  const first = starts[0];
  const firstLineOpen = !(first.blank && chunks[0].length > 1);
  const last = starts[starts.length - 1];
  const dropLast = starts.length > 1 && last.blank && last.chunk === chunks.length - 1;
  let indent = Infinity;
  for (const s of starts) {
    if (s.blank || (s === first && firstLineOpen)) continue;
    indent = Math.min(indent, chunks[s.chunk][s.seg].match(/^ */)![0].length);
  }
  if (indent === Infinity) indent = 0;
  for (const s of starts) {
    const segs = chunks[s.chunk];
    if (s === first && firstLineOpen) continue;
    segs[s.seg] = s.blank ? '' : segs[s.seg].slice(indent);
  }
  let out = chunks.map((segs) => segs.join('\n')).reduce((acc, text, i) => acc + String(values[i - 1]) + text);
  if (!firstLineOpen) out = out.slice(out.indexOf('\n') + 1);
  if (dropLast) out = out.slice(0, out.lastIndexOf('\n') + 1);
  return out;
}
