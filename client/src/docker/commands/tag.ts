// Slipway: Tag Image: `docker tag SOURCE TARGET`; asks for what the arguments do not give.
import { validateImageRef } from '../imageRef';
import { tagCommandArgs, tagImage } from '../tag';
import { Options } from './args';
import { Session, commandSteps } from './host';

export const TAG_IMAGE = 'slipway.tagImage';

export interface TagImageArgs {
  /** The image to tag (a reference or an image id). */
  source?: string;
  /** The new reference (name:tag, no digest). */
  target?: string;
}

export interface TagImageOutcome {
  ok: boolean;
  target?: string;
  error?: string;
  errorKind?: string;
}

/** Reads Tag Image's argument object; throws DockerError('invalid-argument') naming the option. */
export function parseTagImageArgs(arg: unknown): TagImageArgs {
  const o = new Options(TAG_IMAGE, arg, ['source', 'target']);
  const args = { source: o.string('source'), target: o.string('target') };
  // Each reference as `docker tag` will get it (a placeholder stands for the one that will be asked).
  o.check(() => tagCommandArgs(args.source ?? 'image', args.target ?? 'image'));
  return args;
}

/** Asks for the image and the new tag that the arguments leave open; undefined when dismissed. */
export async function askTagImage(s: Session, args: TagImageArgs): Promise<Required<TagImageArgs> | undefined> {
  const title = 'Slipway: Tag Image';
  const source = args.source ?? (await s.pickImage('Image to tag', { title, step: 1, totalSteps: 2 }));
  if (!source) return undefined;
  const target =
    args.target ??
    (await s.prompts.askText({
      title,
      step: args.source ? undefined : 2,
      totalSteps: args.source ? undefined : 2,
      prompt: `New tag for ${source}`,
      value: source,
      validate: (v) => validateImageRef(v, { allowDigest: false }),
    }));
  if (!target) return undefined;
  return { source, target };
}

export async function runTagImage(s: Session, req: Required<TagImageArgs>): Promise<TagImageOutcome> {
  s.log(`\n▶ docker tag ${req.source} ${req.target}`);
  await tagImage(s.editor.dockerContext(), req.source, req.target);
  s.lastImage = req.target;
  s.log(`✔ tagged ${req.target}`);
  return { ok: true, target: req.target };
}

/** The command: `arg` is a TagImageArgs object; what it leaves open is asked. */
export function tagImageCommand(s: Session, arg: unknown): Promise<TagImageOutcome | undefined> {
  return commandSteps(s, 'tag', () => parseTagImageArgs(arg), (args) => askTagImage(s, args), (req) => runTagImage(s, req));
}
