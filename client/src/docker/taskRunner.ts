// The process a `slipway-docker` build task runs (bundled to dist/docker-task.js, started with ProcessExecution and
// an argument array): it runs `docker build` through the build module, passes docker's output through, and on
// failure prints `<Dockerfile>:<line>:1: error: <message>` for the `$slipway-docker-build` problem matcher.
//
//   node dist/docker-task.js build --dockerfile /abs/Dockerfile [--context DIR] [--tag T]... [--target S]
//        [--build-arg K=V]... [--docker PATH] [-- extra docker build options]
//
// The task provider passes build arguments in SLIPWAY_BUILD_ARGS (a JSON object of strings) rather than as
// --build-arg: VS Code echoes a task's command line in its terminal, and build arguments are often secrets.
import { buildImage } from './build';
import { DockerError } from './cli';

/** The build arguments in SLIPWAY_BUILD_ARGS (a JSON object of strings); none when it is unset or empty. */
export function buildArgsFromEnv(value: string | undefined): Record<string, string> {
  if (!value) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new DockerError('invalid-argument', 'SLIPWAY_BUILD_ARGS is not JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((v) => typeof v !== 'string')) {
    throw new DockerError('invalid-argument', 'SLIPWAY_BUILD_ARGS must be a JSON object of strings');
  }
  return parsed as Record<string, string>;
}

/** The task's arguments; build arguments from `env` (SLIPWAY_BUILD_ARGS) first, --build-arg ones over them. */
export function parseTaskArgs(argv: string[], env: NodeJS.ProcessEnv = {}): { command: string; opts: Parameters<typeof buildImage>[1]; docker?: string } {
  const [command, ...rest] = argv;
  const opts: Parameters<typeof buildImage>[1] = { dockerfile: '', tags: [], buildArgs: buildArgsFromEnv(env.SLIPWAY_BUILD_ARGS) };
  let docker: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const v = (): string => {
      if (i + 1 >= rest.length) throw new DockerError('invalid-argument', `${a} needs a value`);
      return rest[++i];
    };
    if (a === '--') {
      opts.extraArgs = rest.slice(i + 1);
      break;
    } else if (a === '--dockerfile') opts.dockerfile = v();
    else if (a === '--context') opts.context = v();
    else if (a === '--tag') opts.tags!.push(v());
    else if (a === '--target') opts.target = v();
    else if (a === '--network') opts.network = v();
    else if (a === '--docker') docker = v();
    else if (a === '--build-arg') {
      const kv = v();
      const eq = kv.indexOf('=');
      if (eq <= 0) throw new DockerError('invalid-argument', `--build-arg needs NAME=value, got ${JSON.stringify(kv)}`);
      opts.buildArgs![kv.slice(0, eq)] = kv.slice(eq + 1);
    } else throw new DockerError('invalid-argument', `unknown option ${a}`);
  }
  return { command, opts, docker };
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseTaskArgs(argv, process.env);
    if (parsed.command !== 'build') throw new DockerError('invalid-argument', `unknown command ${JSON.stringify(parsed.command)} (only build)`);
  } catch (e) {
    console.error(`slipway: ${(e as Error).message}`);
    return 2;
  }
  const ac = new AbortController();
  process.once('SIGTERM', () => ac.abort());
  process.once('SIGINT', () => ac.abort());
  try {
    const r = await buildImage({ dockerPath: parsed.docker }, parsed.opts, {
      signal: ac.signal,
      onLine: (line, stream) => (stream === 'stdout' ? process.stdout : process.stderr).write(line + '\n'),
    });
    if (r.ok) return 0;
    if (r.failure?.line !== undefined) {
      const msg = r.failure.message.split('\n').pop() ?? 'docker build failed';
      console.log(`${parsed.opts.dockerfile}:${r.failure.line + 1}:1: error: ${msg}${r.failure.step ? ` (${r.failure.step})` : ''}`);
    } else if (r.error) {
      console.log(`${parsed.opts.dockerfile}:1:1: error: ${r.error.message.split('\n')[0]}`);
    }
    return 1;
  } catch (e) {
    console.log(`${parsed.opts.dockerfile}:1:1: error: ${(e as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
