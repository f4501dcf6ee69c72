/**
 * Serves the built web app: files from `dir` under the base URL, `index.html` for SPA routes, long-lived
 * immutable caching for hashed files under `assets/` and `no-cache` for everything else (so a new build is
 * picked up at once). Responses are compressed: pre-compressed `.br`/`.gz` siblings when the build made
 * them, otherwise on the fly (gzip/brotli, scoped to these routes only, never the API or the proxy).
 * Without a build (`dir/index.html` missing) a small built-in page says so.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isPagePath } from '../security/request-guard.ts';

/** Cache-Control of hashed files under `assets/`. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Options of {@link createStaticAssets}. */
export interface StaticAssetsOptions {
  /** Directory of the built web app (contains index.html). */
  readonly dir: string;
  readonly baseUrl: string;
  /** Reads a file (default node:fs); rejects when missing. */
  readonly readFile?: (file: string) => Promise<Buffer>;
}

/** The web app's files. */
export interface StaticAssets {
  /** Registers the file routes; register it with `{ prefix: baseUrl }`. */
  readonly plugin: (scope: FastifyInstance) => Promise<void>;
  /** Answers with index.html (or the placeholder), `no-cache`. */
  readonly sendIndex: (reply: FastifyReply) => Promise<FastifyReply>;
  /** Whether an unmatched request is an SPA route that index.html should answer. */
  readonly isSpaRoute: (request: FastifyRequest) => boolean;
}

/**
 * index.html as served: the build refers to its files relative to itself (`./assets/…`, Vite's `base: './'`),
 * which would break on deep routes (`BASE/c/NAME/…`), so they become absolute under the base URL. A preload
 * of `/api/config` lets the browser fetch what every page needs first while it still parses the JavaScript.
 */
export function renderIndex(html: string, baseUrl: string): string {
  const preload = `<link rel="preload" href="${baseUrl}/api/config" as="fetch" crossorigin="anonymous">`;
  return html
    .replace(/(\s(?:src|href)=")\.\/assets\//g, `$1${baseUrl}/assets/`)
    .replace('</head>', `${preload}</head>`);
}

/** Builds the static-asset handling for `dir`. */
export function createStaticAssets(options: StaticAssetsOptions): StaticAssets {
  const read = options.readFile ?? ((file: string) => readFile(file));
  const indexFile = path.join(options.dir, 'index.html');
  const sendIndex = async (reply: FastifyReply): Promise<FastifyReply> => {
    const html = await read(indexFile).then(
      (file) => renderIndex(file.toString('utf8'), options.baseUrl),
      () => undefined,
    );
    return reply
      .code(200)
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(html ?? placeholderPage(options.dir));
  };
  return {
    sendIndex,
    isSpaRoute: (request) =>
      (request.method === 'GET' || request.method === 'HEAD') &&
      isPagePath(new URL(request.url, 'http://wheelhouse.invalid').pathname, options.baseUrl),
    async plugin(scope) {
      await scope.register(fastifyCompress, { threshold: 1024, encodings: ['br', 'gzip'] });
      // Only `BASE/`: `BASE` without the slash is redirected (app.ts) so relative asset URLs resolve.
      scope.get('/', { prefixTrailingSlash: 'slash' }, (_request, reply) => sendIndex(reply));
      const built = await read(indexFile).then(
        () => true,
        () => false,
      );
      if (!built) return;
      await scope.register(fastifyStatic, {
        root: options.dir,
        prefix: '/',
        wildcard: true,
        index: false,
        cacheControl: false,
        preCompressed: true,
        decorateReply: false,
        setHeaders: (reply, filePath) => {
          const relative = path.relative(options.dir, filePath).split(path.sep);
          reply.header(
            'cache-control',
            relative[0] === 'assets' && relative.length > 1 ? IMMUTABLE_CACHE : 'no-cache',
          );
        },
      });
    },
  };
}

function placeholderPage(dir: string): string {
  const escaped = dir.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Wheelhouse</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#222}
code{background:#f3f3f3;padding:.1em .3em;border-radius:3px}</style></head>
<body>
<h1>Wheelhouse is running</h1>
<p>The web UI is not built: there is no <code>index.html</code> in <code>${escaped}</code>.</p>
<p>Build the web app, or point <code>--web-dir</code> at a built copy. The API works meanwhile,
for example <code>api/config</code>.</p>
</body>
</html>
`;
}
