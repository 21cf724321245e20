// The outbox worker as the fault test runs it: the real loop in a process of
// its own (so it can be killed with SIGKILL), with each text message taking a
// little while to send, like a gateway does, so a kill lands mid-batch.
import { runOutboxWorker } from '@/lib/notify/outbox-worker';
import { fileSmsProvider, type SmsProvider } from '@/lib/notify/sms-provider';

const delayMs = Number(process.env.FAULT_SMS_DELAY_MS ?? 40);
const slowGateway: SmsProvider = {
  async send(phone, text, options) {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await fileSmsProvider.send(phone, text, options);
  },
};

const stop = new AbortController();
process.on('SIGTERM', () => stop.abort());
await runOutboxWorker({ signal: stop.signal, intervalMs: 100, sms: slowGateway, leaseMs: Number(process.env.FAULT_LEASE_MS ?? 3000) });
process.exit(0);
