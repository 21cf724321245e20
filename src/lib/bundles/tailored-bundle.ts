import 'server-only';
import { AppError } from '@/lib/errors';
import { knownChoice } from './choice';
import { getBundleGuide } from './get-bundle-guide';
import { tailorBundle } from './rules';

/**
 * The bundle someone applies for (online or at the counter), by its code:
 * the published guide, the part of the asked choice it knows, and the members,
 * materials and form that choice needs. NOT_FOUND when the bundle has no
 * published version, or one of its members has none now.
 */
export async function loadTailoredBundle(code: string, asked: { situations: string[]; optional: string[] }) {
  const guide = await getBundleGuide(code);
  if (!guide || guide.incomplete) throw new AppError('NOT_FOUND');
  const choice = knownChoice(guide, asked);
  return { guide, choice, tailored: tailorBundle(guide.members, choice) };
}
