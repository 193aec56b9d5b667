// Slipway: Compose Up / Build / Down / Logs / Restart / Pull, with `docker compose` or a standalone `docker-compose`.
// From the palette or a menu, the services (and the profiles to enable) are asked when the file has a choice to make.
import * as path from 'node:path';
import { ComposeProject, compose, composeFileFacts, composeProjectFor, composeUpArgs } from '../compose';
import { DockerContext } from '../cli';
import { COMPOSE_DEFAULT_FILES } from '../../../../server/src/engine/languages';
import { Options } from './args';
import { Session, commandSteps } from './host';

export type ComposeAction = 'up' | 'build' | 'down' | 'logs' | 'restart' | 'pull';

/** The command of each action. */
export const COMPOSE_COMMANDS: Record<ComposeAction, string> = {
  up: 'slipway.composeUp',
  build: 'slipway.composeBuild',
  down: 'slipway.composeDown',
  logs: 'slipway.composeLogs',
  restart: 'slipway.composeRestart',
  pull: 'slipway.composePull',
};

export interface ComposeArgs {
  /** The Compose file of the project; default: the active one, else the workspace's (asked when several). */
  file?: string;
  /** --profile, each. */
  profiles?: string[];
  /** The Compose files merged, in order (must include `file`); default: `file` alone. */
  files?: string[];
  projectName?: string;
  services?: string[];
  tail?: number;
}

export interface ComposeOutcome {
  ok: boolean;
  flavor?: string;
  output?: string;
  services?: string[];
  profiles?: string[];
  error?: string;
  errorKind?: string;
}

/** What a Compose action runs with once every question is answered. */
export type ComposeRequest = ComposeArgs & { file: string };

/** Reads a Compose command's argument object; throws DockerError('invalid-argument') naming the option. */
export function parseComposeArgs(action: ComposeAction, arg: unknown): ComposeArgs {
  const o = new Options(COMPOSE_COMMANDS[action], arg, ['file', 'profiles', 'files', 'projectName', 'services', 'tail']);
  const args: ComposeArgs = {
    file: o.path('file'),
    profiles: o.strings('profiles'),
    files: o.paths('files'),
    projectName: o.string('projectName'),
    services: o.strings('services'),
    tail: o.integer('tail', 0),
  };
  // The project, profiles and services as Compose will get them (the file, when it is to be asked, stands for itself).
  const file = args.file ?? args.files?.[0] ?? path.resolve(COMPOSE_DEFAULT_FILES[0]);
  o.check(() => composeUpArgs({ ...composeProjectFor(file, args.files, args.projectName), profiles: args.profiles }, { services: args.services }));
  return args;
}

/** Services (several may be picked) and profiles for an action; all services when nothing is picked. */
async function askServices(s: Session, action: ComposeAction, facts: ReturnType<typeof composeFileFacts>, title: string): Promise<{ services?: string[]; profiles?: string[] } | undefined> {
  const totalSteps = facts.profiles.length && action !== 'down' ? 2 : undefined;
  let profiles: string[] | undefined;
  if (totalSteps) {
    const picked = await s.prompts.pickMany(
      facts.profiles.map((p) => ({ label: p, description: facts.services.filter((x) => x.profiles.includes(p)).map((x) => x.name).join(', ') })),
      { title, step: 1, totalSteps, placeholder: 'Profiles to enable (none: only the services without a profile)' },
    );
    if (!picked) return undefined;
    profiles = picked.map((p) => p.label);
  }
  const offered = facts.services.filter((x) => action === 'down' || !x.profiles.length || x.profiles.some((p) => profiles?.includes(p)));
  if (offered.length <= 1) return { profiles: profiles?.length ? profiles : undefined };
  const picked = await s.prompts.pickMany(
    offered.map((x) => ({ label: x.name, description: x.profiles.length ? `profiles: ${x.profiles.join(', ')}` : undefined, picked: true })),
    { title, step: totalSteps ? 2 : undefined, totalSteps, placeholder: `Services to ${action} (all picked = the whole project)` },
  );
  if (!picked) return undefined;
  const all = picked.length === offered.length || picked.length === 0;
  return { services: all ? undefined : picked.map((p) => p.label), profiles: profiles?.length ? profiles : undefined };
}

const titleOf = (action: ComposeAction): string => `Slipway: Compose ${action[0].toUpperCase()}${action.slice(1)}`;

/**
 * Fills in the Compose file (the active one, or picked) and, in the palette form, the services and profiles when
 * the file has a choice to make (not for Build, which builds them all). Undefined when dismissed.
 */
export async function askCompose(s: Session, action: ComposeAction, args: ComposeArgs, interactive: boolean): Promise<ComposeRequest | undefined> {
  const file = args.file ?? s.prompts.activeFile('compose') ?? (await s.prompts.pickFile('compose', 'Compose file (project)', titleOf(action)));
  if (!file) return undefined;
  if (!interactive || args.services !== undefined || args.profiles !== undefined || action === 'build') return { ...args, file };
  const picked = await askServices(s, action, composeFileFacts(await s.editor.readFile(file)), titleOf(action));
  return picked ? { ...args, file, ...picked } : undefined;
}

/** Runs the action with progress, its output in "Slipway Docker" (which Logs shows). */
export async function runCompose(s: Session, ctx: DockerContext, action: ComposeAction, req: ComposeRequest, interactive = false): Promise<ComposeOutcome> {
  const { file, services, profiles } = req;
  const project: ComposeProject = { ...composeProjectFor(file, req.files, req.projectName), profiles };
  const detected = await s.composeFor(ctx);
  const r = await s.editor.withProgress(`Compose ${action} (${path.basename(path.dirname(file))})`, async (signal, report) => {
    const cp = await compose(ctx, signal, detected);
    const named = [...project.files.map((f) => `-f ${f}`), ...(profiles ?? []).map((p) => `--profile ${p}`), action, ...(services ?? [])].join(' ');
    s.log(`\n▶ compose ${named}`);
    const run = {
      signal,
      onLine: (l: string) => {
        s.log(l);
        report(l);
      },
    };
    const sel = { services };
    const res =
      action === 'up'
        ? await cp.up(project, sel, run)
        : action === 'build'
          ? await cp.build(project, sel, run)
          : action === 'down'
            ? await cp.stopRemove(project, sel, run)
            : action === 'restart'
              ? await cp.restart(project, sel, run)
              : action === 'pull'
                ? await cp.pull(project, sel, run)
                : await cp.logs(project, { tail: req.tail ?? 200, services }, run);
    return { flavor: cp.flavor, output: res.output };
  });
  s.log(`✔ compose ${action} done`);
  if (action === 'logs') s.editor.showOutput();
  else if (interactive) s.editor.showSuccess(`compose ${action} of ${path.basename(path.dirname(file))}${services?.length ? ` (${services.join(', ')})` : ''} done.`);
  return { ok: true, ...r, services, profiles };
}

/** The command of an action: `arg` is a ComposeArgs object; `interactive` is the palette and menu form. */
export function composeCommand(s: Session, action: ComposeAction, arg: unknown, interactive = false): Promise<ComposeOutcome | undefined> {
  return commandSteps(
    s,
    `compose ${action}`,
    () => parseComposeArgs(action, arg),
    (args) => askCompose(s, action, args, interactive),
    (req, ctx) => runCompose(s, ctx, action, req, interactive),
  );
}
