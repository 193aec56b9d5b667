// Slipway's own Dockerfile parser: dockerfile-ast 0.7.1's results for the parts Slipway uses, without its cost
// (one linear pass for the structure, arguments and the rest scanned per instruction on first use, positions from a
// shared line table). test/unit/dockerfile-parser.test.ts checks it against dockerfile-ast.
export { parseDockerfile } from './parse';
export type { ParsedDockerfile } from './parse';
export { DocText } from './text';
export type { Position, Range } from './text';
export { Argument, Comment, Flag, FlagOption, Heredoc, JSONArgument, ParserDirective, Property, Variable } from './nodes';
export {
  Add,
  Arg,
  Cmd,
  Copy,
  createInstruction,
  Entrypoint,
  Env,
  From,
  Healthcheck,
  Instruction,
  JSONInstruction,
  Label,
  ModifiableInstruction,
  Onbuild,
  PropertyInstruction,
  Run,
  Shell,
  Stopsignal,
  User,
  Volume,
  Workdir,
} from './instructions';
