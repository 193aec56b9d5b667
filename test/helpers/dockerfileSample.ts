// A multi-stage Dockerfile shared by the navigation protocol tests (definition, references, highlight, rename).
// Columns are noted where tests use them.
export const NAV_SAMPLE = [
  'ARG BASE=alpine:3.20', //                                                  0  BASE 4-8
  'ARG X=global', //                                                          1  X 4-5
  'FROM ${BASE} AS builder', //                                               2  BASE 7-11, builder 16-23
  'ARG X', //                                                                 3  X 4-5
  'ENV PATH_X=$X OTHER=${X:-d}', //                                           4  PATH_X 4-10, X 12-13, OTHER 14-19, X 22-23
  'RUN echo "$X" ${X} && echo $HOME', //                                      5  X 11-12, X 16-17, HOME 28-32
  'FROM builder AS tester', //                                                6  builder 5-12, tester 16-22
  'RUN echo $PATH_X', //                                                      7  PATH_X 10-16
  'COPY --from=builder /out /out', //                                         8  builder 12-19
  'FROM alpine AS final', //                                                  9  final 15-20
  'ARG X=local', //                                                           10 X 4-5
  'RUN --mount=type=cache,from=builder,target=/c echo $X', //                 11 builder 28-35, X 52-53
  'COPY --from=tester /a /b', //                                              12 tester 12-18
  '',
].join('\n');

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export const r = (line: number, s: number, e: number): Range => ({ start: { line, character: s }, end: { line, character: e } });

export const byPosition = (a: { range: Range }, b: { range: Range }) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
