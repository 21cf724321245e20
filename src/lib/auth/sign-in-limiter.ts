import 'server-only';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/*
 * Failed sign-ins, counted per login name and per client address: the name
 * stops password guessing against one account (5 tries, then 15 minutes'
 * wait), the address stops one client trying many accounts. A success clears
 * the name's count. Per process, like the progress page's limiter (see
 * src/lib/progress/guess-limiter.ts for the same caveats about the address).
 */
const byLogin = new RateLimiterMemory({ keyPrefix: 'signin-login', points: 5, duration: 15 * 60, blockDuration: 15 * 60 });
const byAddress = new RateLimiterMemory({ keyPrefix: 'signin-ip', points: 50, duration: 15 * 60 });

/** Seconds until this login may try again from this address; 0 when it may try now. */
export async function signInWait(login: string, address: string): Promise<number> {
  const [l, a] = await Promise.all([byLogin.get(login.toLowerCase()), byAddress.get(address)]);
  const blocked = [l && l.consumedPoints >= byLogin.points ? l.msBeforeNext : 0, a && a.consumedPoints >= byAddress.points ? a.msBeforeNext : 0];
  return Math.ceil(Math.max(...blocked) / 1000);
}

export async function recordFailedSignIn(login: string, address: string): Promise<void> {
  await Promise.all(
    [byLogin.consume(login.toLowerCase()), byAddress.consume(address)].map((p) =>
      p.catch((e: unknown) => {
        if (!(e instanceof RateLimiterRes)) throw e;
      }),
    ),
  );
}

export async function clearFailedSignIns(login: string): Promise<void> {
  await byLogin.delete(login.toLowerCase());
}
