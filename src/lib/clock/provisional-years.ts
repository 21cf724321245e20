import 'server-only';
import { loadClock } from './clock-settings';

/** The years whose calendar is provisional (statutory holidays only): staff pages warn until the admin confirms them. */
export async function listProvisionalYears(): Promise<number[]> {
  return [...((await loadClock()).provisionalYears ?? [])];
}
