/**
 * undici, imported on first use. Loading it costs more than the rest of the server's start (it evaluates
 * all of fetch, websocket, cache and its HTTP parser: ~20 MiB RSS), and a server that has not yet talked
 * to a cluster needs none of it. The first proxied request, probe or verification loads it once.
 */
import type * as undici from 'undici';

type Undici = typeof undici;
let loading: Promise<Undici> | undefined;

/** The undici module (one shared import). */
export function loadUndici(): Promise<Undici> {
  loading ??= import('undici');
  return loading;
}
