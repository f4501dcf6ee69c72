/**
 * Vite config of the web app. `npm run dev` serves the app with hot reload and proxies `/api` and `/clusters`
 * to a running Wheelhouse server: `WHEELHOUSE_URL` (default http://127.0.0.1:4770) with the session token
 * `WHEELHOUSE_TOKEN` sent as a bearer token. The browser's `Origin` (the Vite port) is dropped on the way,
 * because the server accepts header-authenticated requests without one (see docs/security.md).
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

const target = process.env['WHEELHOUSE_URL'] ?? 'http://127.0.0.1:4770';
const token = process.env['WHEELHOUSE_TOKEN'] ?? '';

const proxy: ProxyOptions = {
  target,
  changeOrigin: true,
  ws: true,
  configure: (server) => {
    server.on('proxyReq', (request) => {
      request.removeHeader('origin');
      if (token) request.setHeader('authorization', `Bearer ${token}`);
    });
  },
};

/** The Vite configuration. */
export const config = defineConfig({
  plugins: [react()],
  // Files refer to each other relative to themselves, so the app works under any `--base-url`; the server
  // makes index.html's references absolute (static-assets.ts renderIndex) for deep routes.
  base: './',
  resolve: {
    // monaco-yaml's worker imports `monaco-editor/esm/vs/…`, a path monaco-editor's `exports` map spells `monaco-editor/…`.
    alias: [{ find: /^monaco-editor\/esm\/vs\//, replacement: 'monaco-editor/' }],
  },
  build: { target: 'es2022', chunkSizeWarningLimit: 900 },
  server: { proxy: { '/api': proxy, '/clusters': proxy } },
});

// Vite loads the default export of its config file.
// eslint-disable-next-line no-restricted-syntax
export default config;
