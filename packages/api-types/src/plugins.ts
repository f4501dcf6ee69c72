/**
 * Plugins: `GET /api/plugins` lists the plugins the server found, `PATCH /api/plugins/NAME` turns one on or
 * off (local mode; saved in `<config-dir>/plugins.yaml`), and each enabled plugin's files are served under
 * `BASE/plugins/NAME/…`. The web app imports every enabled plugin's `entryUrl`.
 */

/** Which directory a plugin was found in: `--plugins-dir` or `<config-dir>/plugins`. */
export type PluginOriginKind = 'plugins-dir' | 'config-dir';

/** A directory the server searches for plugins. */
export interface PluginDirectory {
  readonly kind: PluginOriginKind;
  /** Absolute path. */
  readonly dir: string;
}

/** Where a plugin was found. */
export interface PluginOrigin extends PluginDirectory {
  /** The plugin's folder name inside `dir`. */
  readonly folder: string;
}

/** One problem that keeps a plugin from loading; `field` names the manifest field at fault, if any. */
export interface PluginError {
  readonly message: string;
  readonly field?: string;
}

/** One plugin as `GET /api/plugins` lists it. */
export interface PluginSummary {
  /**
   * The `name` of its package.json (npm rules, e.g. `pod-counter` or `@acme/pod-counter`). A folder whose
   * manifest has no valid name is listed under its folder name, with errors.
   */
  readonly name: string;
  /** The `version` of its package.json (semver); `''` when missing. */
  readonly version: string;
  /** `displayName` of the manifest's `wheelhouse` section, else the name. */
  readonly displayName: string;
  readonly description?: string;
  /**
   * URL of the entry module, relative to the server root and including the base URL and a content hash
   * (`/plugins/pod-counter/dist/index.js?v=1a2b3c`); absent when the plugin cannot load (see `errors`).
   */
  readonly entryUrl?: string;
  readonly origin: PluginOrigin;
  /** False when turned off in plugins.yaml; its files are then not served. */
  readonly enabled: boolean;
  /** Why the plugin cannot load; empty when it can. */
  readonly errors: readonly PluginError[];
}

/** Body of `GET /api/plugins`. */
export interface PluginListResponse {
  /** Sorted by name. */
  readonly plugins: readonly PluginSummary[];
  /** True when enabling and disabling is allowed (`PATCH`): local mode only. */
  readonly canConfigure: boolean;
  /** The directories searched, in precedence order (a name found twice keeps the first). */
  readonly dirs: readonly PluginDirectory[];
  /** Set when plugins.yaml cannot be read; every plugin then counts as enabled. */
  readonly settingsError?: string;
}

/** Body of `PATCH /api/plugins/NAME`; the answer is the updated {@link PluginSummary}. */
export interface UpdatePluginRequest {
  readonly enabled: boolean;
}

/**
 * The SSE event of `GET /api/clusters/events` sent when the set of plugins or one plugin's files changed
 * (`event: plugins`). Clients refetch `GET /api/plugins`. Clients that do not listen for it lose nothing.
 */
export interface PluginsChangedEvent {
  readonly type: 'plugins';
}

/** Schema of {@link PluginError}. */
export const pluginErrorSchema = {
  type: 'object',
  required: ['message'],
  additionalProperties: false,
  properties: { message: { type: 'string' }, field: { type: 'string' } },
} as const;

/** Schema of {@link PluginOrigin}. */
export const pluginOriginSchema = {
  type: 'object',
  required: ['kind', 'dir', 'folder'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: ['plugins-dir', 'config-dir'] },
    dir: { type: 'string' },
    folder: { type: 'string' },
  },
} as const;

/** Schema of {@link PluginDirectory}. */
export const pluginDirectorySchema = {
  type: 'object',
  required: ['kind', 'dir'],
  additionalProperties: false,
  properties: { kind: { type: 'string', enum: ['plugins-dir', 'config-dir'] }, dir: { type: 'string' } },
} as const;

/** Schema of {@link PluginSummary}. */
export const pluginSummarySchema = {
  type: 'object',
  required: ['name', 'version', 'displayName', 'origin', 'enabled', 'errors'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    version: { type: 'string' },
    displayName: { type: 'string' },
    description: { type: 'string' },
    entryUrl: { type: 'string' },
    origin: pluginOriginSchema,
    enabled: { type: 'boolean' },
    errors: { type: 'array', items: pluginErrorSchema },
  },
} as const;

/** Schema of {@link PluginListResponse}. */
export const pluginListResponseSchema = {
  type: 'object',
  required: ['plugins', 'canConfigure', 'dirs'],
  additionalProperties: false,
  properties: {
    plugins: { type: 'array', items: pluginSummarySchema },
    canConfigure: { type: 'boolean' },
    dirs: { type: 'array', items: pluginDirectorySchema },
    settingsError: { type: 'string' },
  },
} as const;

/** Schema of {@link UpdatePluginRequest}. */
export const updatePluginRequestSchema = {
  type: 'object',
  required: ['enabled'],
  additionalProperties: false,
  properties: { enabled: { type: 'boolean' } },
} as const;
