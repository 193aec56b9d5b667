// Slipway: Push Image: to Docker Hub, GHCR or any registry (the image is tagged for it first). The palette offers the
// registry used last for the image first; the first push of a repository to Docker Hub is confirmed (public unless
// made private). A refused push offers a terminal for `docker login`: Slipway never sees a password.
import { registryOf, retarget, validateImageRef } from '../imageRef';
import { PushMemory, needsDockerHubConfirmation, pushChoices, pushCommandArgs, pushImage, rememberPush } from '../push';
import { Options } from './args';
import { Session, commandSteps } from './host';

export const PUSH_IMAGE = 'slipway.pushImage';
/** workspaceState key of Push Image's memory (PushMemory). */
const PUSH_MEMORY_KEY = 'slipway.docker.pushMemory';

export interface PushImageArgs {
  /** Default: asked in the palette; from arguments the image built or tagged last. */
  image?: string;
  /** Registry (with optional namespace) to push to; default: slipway.docker.defaultRegistry, else as named. */
  registry?: string;
}

export interface PushImageOutcome {
  ok: boolean;
  pushed?: string;
  digest?: string;
  error?: string;
  errorKind?: string;
}

/** Reads Push Image's argument object; throws DockerError('invalid-argument') naming the option. */
export function parsePushImageArgs(arg: unknown): PushImageArgs {
  const o = new Options(PUSH_IMAGE, arg, ['image', 'registry']);
  const image = o.string('image', (v) => validateImageRef(v));
  const registry = o.string('registry', (v) => {
    try {
      retarget(image ?? 'image', v);
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  });
  if (image) o.check(() => pushCommandArgs(image));
  return { image, registry };
}

/**
 * Fills in the image and the registry: asked in the palette form (the registry used last for the image first, so
 * Enter repeats the last push); from arguments the image built last and slipway.docker.defaultRegistry.
 * Undefined when dismissed (or when there is no image to push).
 */
export async function askPushImage(s: Session, args: PushImageArgs, interactive: boolean): Promise<{ image: string; registry?: string } | undefined> {
  const title = 'Slipway: Push Image';
  const image = args.image ?? (interactive ? await s.pickImage('Image to push', { title, step: 1, totalSteps: 2 }) : s.lastImage);
  if (!image) return undefined;
  const defaultRegistry = s.editor.setting<string>('defaultRegistry') || undefined;
  if (!interactive || args.registry !== undefined) return { image, registry: args.registry ?? defaultRegistry };
  const choices = pushChoices(image, { memory: s.editor.state.get<PushMemory>(PUSH_MEMORY_KEY) ?? {}, defaultRegistry });
  const pick = await s.prompts.pickOne(
    choices.map(({ label, description, value }) => ({ label, description, value })),
    { title, step: args.image ? undefined : 2, totalSteps: args.image ? undefined : 2, placeholder: `Where to push ${image}` },
  );
  if (!pick) return undefined;
  if (!pick.value.startsWith('ask:')) return { image, registry: pick.value || undefined };
  const prefill = pick.value.slice('ask:'.length);
  const registry = await s.prompts.askText({
    title,
    prompt: prefill ? `${pick.label.replace('…', '')}: namespace (user or organisation)` : 'Registry (host[:port][/namespace])',
    value: prefill,
    validate: (v) => {
      try {
        retarget(image, v);
        return undefined;
      } catch (e) {
        return (e as Error).message;
      }
    },
  });
  return registry ? { image, registry } : undefined;
}

/** The palette's question before the first push of a repository to Docker Hub. */
export async function confirmDockerHub(s: Session, target: string): Promise<boolean> {
  const ok = await s.prompts.confirm(
    `Push ${target} to Docker Hub (docker.io)?`,
    'This is the first push of this repository to Docker Hub from this workspace. New Docker Hub repositories are public unless your account makes them private.',
    'Push to Docker Hub',
  );
  return ok === 'Push to Docker Hub';
}

/**
 * Pushes (tagging for the registry first) and remembers where. The first push of a repository to Docker Hub is
 * logged, or stopped unless `confirm` (the palette's question) says yes: then the result is undefined.
 */
export async function runPushImage(s: Session, req: { image: string; registry?: string }, confirm?: (target: string) => Promise<boolean>): Promise<PushImageOutcome | undefined> {
  let registryForLogin: string | undefined;
  try {
    const { image, registry } = req;
    const memory = s.editor.state.get<PushMemory>(PUSH_MEMORY_KEY) ?? {};
    const target = registry ? retarget(image, registry) : image;
    // Docker Hub repositories are public unless made private: the first push of each one is confirmed.
    if (needsDockerHubConfirmation(target, memory)) {
      if (!confirm) s.log(`ℹ first push of ${target} to Docker Hub (docker.io)`);
      else if (!(await confirm(target))) return undefined;
    }
    const ctx = s.editor.dockerContext();
    registryForLogin = registryOf(target);
    s.log(`\n▶ docker push ${target}${target !== image ? ` (tagged from ${image})` : ''}`);
    const r = await s.editor.withProgress(`Pushing ${target}`, (signal, report) =>
      pushImage(ctx, image, {
        registry,
        signal,
        onLine: (l) => {
          s.log(l);
          report(l);
        },
      }),
    );
    s.lastImage = r.pushed;
    await s.editor.state.update(PUSH_MEMORY_KEY, rememberPush(memory, image, registry ?? '', r.pushed));
    s.log(`✔ pushed ${r.pushed}${r.digest ? ` ${r.digest}` : ''}`);
    s.editor.showSuccess(`pushed ${r.pushed}.`);
    return { ok: true, pushed: r.pushed, digest: r.digest };
  } catch (e) {
    return s.fail('push', e, { registry: registryForLogin });
  }
}

/** The command: `arg` is a PushImageArgs object; `interactive` is the palette and menu form. */
export function pushImageCommand(s: Session, arg: unknown, interactive = false): Promise<PushImageOutcome | undefined> {
  const confirm = interactive ? (target: string) => confirmDockerHub(s, target) : undefined;
  return commandSteps(s, 'push', () => parsePushImageArgs(arg), (args) => askPushImage(s, args, interactive), (req) => runPushImage(s, req, confirm));
}
