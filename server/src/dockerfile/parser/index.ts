/*! Slipway's Dockerfile parser (server/src/dockerfile/parser) is a port of the parsing logic of dockerfile-ast 0.7.1
 * (https://github.com/rcjsuen/dockerfile-ast). See NOTICE in this folder. @license MIT
 * Copyright (c) 2017-2021 Remy Suen
 * 
 * MIT License
 * 
 * Permission is hereby granted, free of charge, to any person obtaining
 * a copy of this software and associated documentation files (the
 * "Software"), to deal in the Software without restriction, including
 * without limitation the rights to use, copy, modify, merge, publish,
 * distribute, sublicense, and/or sell copies of the Software, and to
 * permit persons to whom the Software is furnished to do so, subject to
 * the following conditions:
 * 
 * The above copyright notice and this permission notice shall be
 * included in all copies or substantial portions of the Software.
 * 
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
 * EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
 * MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
 * NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
 * LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION
 * OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION
 * WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
 */
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
