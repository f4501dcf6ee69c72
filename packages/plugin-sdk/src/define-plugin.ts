/** `definePlugin`: how a plugin declares itself. */
import type { PluginContext } from './plugin-context.ts';

/** Version of the plugin API this SDK implements; the host refuses plugins built for another major. */
export const PLUGIN_API_VERSION = 1;

/** What a plugin module exports (as `plugin`). */
export interface PluginDefinition {
  /** Must equal the `name` of the plugin's package.json. */
  readonly name: string;
  /**
   * Registers the plugin's extensions. Runs once per load; may be async. Throwing (or rejecting) marks the
   * plugin as failed and undoes what it registered so far.
   */
  readonly setup: (ctx: PluginContext) => void | Promise<void>;
}

/** A checked {@link PluginDefinition}, stamped with the API version it was written against. */
export interface DefinedPlugin extends PluginDefinition {
  readonly apiVersion: typeof PLUGIN_API_VERSION;
}

/**
 * Declares a plugin. Export the result as `plugin` from the entry module:
 *
 * ```ts
 * export const plugin = definePlugin({ name: 'pod-counter', setup(ctx) { ctx.appBarActions.add(…); } });
 * ```
 *
 * Throws a `TypeError` naming the problem when `name` or `setup` is missing.
 */
export function definePlugin(definition: PluginDefinition): DefinedPlugin {
  const value: unknown = definition;
  if (typeof value !== 'object' || value === null)
    throw new TypeError('definePlugin expects an object: { name, setup(ctx) { … } }');
  if (typeof definition.name !== 'string' || definition.name.trim() === '')
    throw new TypeError('definePlugin: "name" must be the non-empty name from package.json');
  if (typeof definition.setup !== 'function')
    throw new TypeError(`definePlugin("${definition.name}"): "setup" must be a function`);
  return Object.freeze({ name: definition.name, setup: definition.setup, apiVersion: PLUGIN_API_VERSION });
}

/** True when `value` is what {@link definePlugin} returns (used by the host to check a module's export). */
export function isDefinedPlugin(value: unknown): value is DefinedPlugin {
  return (
    typeof value === 'object' &&
    value !== null &&
    'apiVersion' in value &&
    'name' in value &&
    'setup' in value &&
    typeof value.name === 'string' &&
    typeof value.setup === 'function'
  );
}
