import 'server-only';
import { secretChecks, type Check, type Rule, type SecretRules } from '@/lib/limits/failure-throttle';

/*
 * Activation, counted in the database (src/lib/limits/failure-throttle.ts).
 *
 * Requests for a code count every request, not only refused ones, since each
 * accepted request sends a text message: per client address (one client
 * probing many ID numbers) and per ID number with the phone typed (so only
 * someone who knows both can use up a person's requests), plus, when a code is
 * actually sent, per account (nobody floods a person's phone: 3 texts, then
 * doubling waits).
 *
 * Wrong codes count per client, per ID number with the client, and per ID
 * number only for clients that have failed on it themselves: a stranger's
 * wrong codes neither kill the person's pending code nor slow the person down.
 */
const requestByClient: Rule = { name: 'activate-request-client', free: 10, baseSeconds: 60, maxSeconds: 60 * 60, windowSeconds: 60 * 60, fixedWindow: true };
const requestByPerson: Rule = { name: 'activate-request-person', free: 3, baseSeconds: 60, maxSeconds: 60 * 60, windowSeconds: 60 * 60, fixedWindow: true };
const textsByAccount: Rule = { name: 'activate-texts', free: 3, baseSeconds: 5 * 60, maxSeconds: 60 * 60, windowSeconds: 60 * 60, fixedWindow: true };

const codeRules: SecretRules = {
  byClient: { name: 'activate-code-client', free: 10, baseSeconds: 2, maxSeconds: 15 * 60, windowSeconds: 60 * 60 },
  byPair: { name: 'activate-code-pair', free: 3, baseSeconds: 4, maxSeconds: 15 * 60, windowSeconds: 60 * 60 },
  bySecret: { name: 'activate-code-id', free: 5, baseSeconds: 4, maxSeconds: 15 * 60, windowSeconds: 60 * 60 },
};

export function activationRequestChecks(idNumber: string, phone: string, address: string): Check[] {
  return [
    { rule: requestByClient, parts: [address] },
    { rule: requestByPerson, parts: [idNumber, phone] },
  ];
}

export function activationTextChecks(accountId: string): Check[] {
  return [{ rule: textsByAccount, parts: [accountId] }];
}

export function activationCodeChecks(idNumber: string, address: string): Check[] {
  return secretChecks(codeRules, idNumber, address);
}
