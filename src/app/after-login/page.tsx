import { redirect } from 'next/navigation';
import { homeOf } from '@/lib/auth/actor';
import { getActor } from '@/lib/auth/session';

// Sends a freshly signed-in user to their role's home page.
export default async function AfterLogin() {
  const actor = await getActor();
  redirect(actor ? homeOf[actor.role] : '/login');
}
