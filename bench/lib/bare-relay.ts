/**
 * The floor a Node proxy can reach on this machine, for scenario 1 to measure beside Wheelhouse: a node:http
 * server that relays each request to the API server through one undici pool (the admin's client certificate)
 * and pipes the answer back — no routing, auth, header filtering, logging or error handling. Run as a child
 * process: `node bare-relay.ts SERVER KUBECONFIG`; prints its port once listening on 127.0.0.1.
 */
import { createServer } from 'node:http';
import { Pool } from 'undici';
import { kubeconfigTls } from './kube.ts';

const [server, kubeconfig] = process.argv.slice(2);
if (server === undefined || kubeconfig === undefined)
  throw new Error('usage: bare-relay.ts SERVER KUBECONFIG');
const pool = new Pool(server, { connections: 64, connect: kubeconfigTls(kubeconfig) });
const relay = createServer((req, res) => {
  pool
    .request({ method: 'GET', path: req.url ?? '/', headers: { accept: req.headers.accept ?? '*/*' } })
    .then((upstream) => {
      res.writeHead(upstream.statusCode, { 'content-type': 'application/json' });
      upstream.body.pipe(res);
    })
    .catch(() => res.destroy());
});
relay.listen(0, '127.0.0.1', () => {
  const address = relay.address();
  if (address !== null && typeof address === 'object') console.log(String(address.port));
});
