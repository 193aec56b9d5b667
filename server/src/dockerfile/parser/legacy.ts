// dockerfile-ast itself, loaded on first use only (the lint path does not need it any more): for `model.ast` and
// as the oracle of test/unit/dockerfile-parser.test.ts. Two patches are applied when it is loaded.
import type { Dockerfile } from 'dockerfile-ast';

let loaded: typeof import('dockerfile-ast') | undefined;

/** dockerfile-ast's module, patched (see below). */
export function dockerfileAst(): typeof import('dockerfile-ast') {
  if (loaded) return loaded;
  const mod = require('dockerfile-ast') as typeof import('dockerfile-ast');
  patch(mod);
  return (loaded = mod);
}

/** Parses `text` with dockerfile-ast. */
export function parseWithDockerfileAst(text: string): Dockerfile {
  return dockerfileAst().DockerfileParser.parse(text);
}

function patch(mod: typeof import('dockerfile-ast')): void {
  const { DockerfileParser, Instruction, Argument } = mod;
  // dockerfile-ast scans an instruction's text again (with a position lookup per argument) on every
  // getRawArguments() call, and getArguments, getArgumentsRange, getRawArgumentsContent, getVariables, getFlags and
  // the JSON/heredoc instruction constructors all go through it. A parse never changes, so scan once per
  // instruction and hand out copies: callers change what they get (ModifiableInstruction.getArguments shifts the
  // array, From.getImageNameRange/getRegistryRange move the ends of the first argument's range), so each call gets a
  // new array of new Arguments with new ranges, as before.
  const RAW_ARGS = Symbol('slipway.rawArguments');
  // getRawArguments is private in the typings; it is the method every argument accessor calls.
  const proto = Instruction.prototype as unknown as { getRawArguments(this: unknown): InstanceType<typeof Argument>[] };
  const scanRawArguments = proto.getRawArguments;
  proto.getRawArguments = function (this: { [RAW_ARGS]?: InstanceType<typeof Argument>[] }) {
    const args = this[RAW_ARGS] ?? (this[RAW_ARGS] = scanRawArguments.call(this));
    return args.map((a) => {
      const { start, end } = a.getRange();
      return new Argument(a.getValue(), { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } });
    });
  };

  // Dockerfile.resolveVariable asks the build stage containing the line; for a line in no stage and not in the
  // preamble (e.g. an orphan continuation line before the first FROM), getContainingImage returns the Dockerfile
  // itself, whose resolveVariable is this same method: endless recursion, then a stack overflow in every feature that
  // lists variables. Re-entered, answer as the template the Dockerfile also is (its own ENV/ARG lookup).
  type Resolver = { resolveVariable(this: unknown, variable: string, line: number): string | null | undefined };
  const dockerfileProto = Object.getPrototypeOf(DockerfileParser.parse('')) as Resolver;
  const templateResolve = (Object.getPrototypeOf(dockerfileProto) as Resolver).resolveVariable;
  const dockerfileResolve = dockerfileProto.resolveVariable;
  let resolvingVariable = false;
  dockerfileProto.resolveVariable = function (this: unknown, variable: string, line: number) {
    if (resolvingVariable) return templateResolve.call(this, variable, line);
    resolvingVariable = true;
    try {
      return dockerfileResolve.call(this, variable, line);
    } finally {
      resolvingVariable = false;
    }
  };
}
