/**
 * Plugins over HTTP. `GET /api/plugins`: the plugins found, with their entry URL, origin, enabled state and
 * errors. `PATCH /api/plugins/NAME` `{ "enabled": bool }`: switch one on or off (local mode; saved in
 * plugins.yaml). `GET /plugins/NAME/PATH`: a file of an enabled, valid plugin — only files inside that
 * plugin's own folder (see plugins/plugin-files.ts), with their content type and `no-cache`.
 */
import type { FastifyInstance } from 'fastify';
import { updatePluginRequestSchema } from '@wheelhouse/api-types';
import { InputError, NotFoundError } from '../http/errors.ts';
import type { PluginCatalog } from '../plugins/plugin-catalog.ts';
import { decodePluginPath, openPluginFile } from '../plugins/plugin-files.ts';
import { isPluginName } from '../plugins/plugin-manifest.ts';

/** Dependencies of {@link registerPluginRoutes}. */
export interface PluginRoutesOptions {
  readonly catalog: PluginCatalog;
  readonly baseUrl: string;
}

/** Registers the routes (relative to the base-URL scope) and closes the catalog's watchers on close. */
export function registerPluginRoutes(scope: FastifyInstance, options: PluginRoutesOptions): void {
  const { catalog } = options;
  scope.addHook('onClose', (_instance, done) => {
    catalog.close();
    done();
  });
  scope.get('/api/plugins', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(await catalog.list()),
  );
  scope.patch<{ Params: { '*': string }; Body: unknown }>(
    '/api/plugins/*',
    { bodyLimit: 1024, schema: { body: updatePluginRequestSchema } },
    async (request, reply) => {
      const name = request.params['*'];
      if (!isPluginName(name)) throw new InputError('name', `"${name}" is not a valid plugin name`);
      const body = request.body as { enabled: boolean };
      return reply.header('cache-control', 'no-store').send(await catalog.setEnabled(name, body.enabled));
    },
  );
  scope.get('/plugins/*', async (request, reply) => {
    const pathname = request.url.split('?')[0] ?? '';
    const raw = pathname.slice(`${options.baseUrl}/plugins/`.length);
    const segments = decodePluginPath(raw);
    const nameLength = segments[0]?.startsWith('@') === true ? 2 : 1;
    const name = segments.slice(0, nameLength).join('/');
    const file = segments.slice(nameLength);
    if (file.length === 0) throw new NotFoundError('name a file of the plugin: /plugins/NAME/PATH', 'path');
    const plugin = await catalog.find(name);
    if (plugin === undefined) throw new NotFoundError(`there is no plugin named "${name}"`, 'name');
    if (!plugin.summary.enabled) throw new NotFoundError(`the plugin "${name}" is turned off`, 'name');
    if (plugin.root === undefined)
      throw new NotFoundError(
        `the plugin "${name}" cannot load: ${plugin.summary.errors[0]?.message ?? ''}`,
        'name',
      );
    const opened = await openPluginFile(plugin.root, file);
    return reply
      .type(opened.contentType)
      .header('content-length', opened.size)
      .header('last-modified', opened.mtime.toUTCString())
      .header('cache-control', 'no-cache')
      .send(opened.handle.createReadStream());
  });
}
