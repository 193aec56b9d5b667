// A multi-stage Dockerfile shared by the navigation protocol tests (definition, references, highlight, rename, hover).
// Tests find positions in it by text (navAt, navRange) rather than by column.
import { at, rangeAt, type Position, type Range } from './caret';

export const NAV_SAMPLE = [
  'ARG BASE=alpine:3.20',
  'ARG X=global',
  'FROM ${BASE} AS builder',
  'ARG X',
  'ENV PATH_X=$X OTHER=${X:-d}',
  'RUN echo "$X" ${X} && echo $HOME',
  'FROM builder AS tester',
  'RUN echo $PATH_X',
  'COPY --from=builder /out /out',
  'FROM alpine AS final',
  'ARG X=local',
  'RUN --mount=type=cache,from=builder,target=/c echo $X',
  'COPY --from=tester /a /b',
  '',
].join('\n');

export type { Range };

export const r = (line: number, s: number, e: number): Range => ({ start: { line, character: s }, end: { line, character: e } });

export const byPosition = (a: { range: Range }, b: { range: Range }) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;

/** The position of the caret in `snippet`, which occurs once in NAV_SAMPLE: `navAt('AS bu|ilder')`. */
export const navAt = (snippet: string): Position => at(NAV_SAMPLE, snippet);

/** The range marked «» in `snippet`, which occurs once in NAV_SAMPLE: `navRange('AS «builder»')`. */
export const navRange = (snippet: string): Range => rangeAt(NAV_SAMPLE, snippet);
