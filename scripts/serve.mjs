// The portal's HTTP server: Next.js's own request handler behind a plain Node
// server, for one reason: Next gives route handlers and server actions no
// socket, and keeps a client-sent X-Forwarded-For. Here the socket's peer
// address is written into x-portal-peer-address on every request (whatever a
// client sent under that name is replaced), and PORTAL_PEER_HEADER=1 tells the
// app it may believe it (src/lib/limits/client-address.ts).
//
//   node scripts/serve.mjs [port]      (PORT, HOSTNAME and NEXT_DIST_DIR as for next start)
import http from 'node:http';
import next from 'next';

const PEER_HEADER = 'x-portal-peer-address';
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

process.env.PORTAL_PEER_HEADER = '1';

const app = next({ dev: false, dir: process.cwd(), port, hostname });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
  handle(req, res);
});
server.listen(port, hostname, () => console.log(`[serve] listening on ${hostname ?? '*'}:${port}`));

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open.
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
