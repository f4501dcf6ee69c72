/** The events plugins listen to (`ctx.events.on`), with listeners kept per plugin so they go with it. */
import type { PluginEventMap, PluginEventName } from '@wheelhouse/plugin-sdk';

type Listener = (payload: never) => void;

interface Subscription {
  readonly plugin: string;
  readonly event: PluginEventName;
  readonly listener: Listener;
}

/** See the module comment. A listener that throws is reported and does not stop the others. */
export class PluginEvents {
  #subscriptions: Subscription[] = [];
  readonly #onError: (plugin: string, error: unknown) => void;

  constructor(onError: (plugin: string, error: unknown) => void) {
    this.#onError = onError;
  }

  /** Adds a listener of `plugin`; returns its removal. */
  on<E extends PluginEventName>(
    plugin: string,
    event: E,
    listener: (payload: PluginEventMap[E]) => void,
  ): () => void {
    const subscription: Subscription = { plugin, event, listener };
    this.#subscriptions.push(subscription);
    return () => {
      this.#subscriptions = this.#subscriptions.filter((s) => s !== subscription);
    };
  }

  /** Calls every listener of `event`. */
  emit<E extends PluginEventName>(event: E, payload: PluginEventMap[E]): void {
    for (const subscription of this.#subscriptions) {
      if (subscription.event !== event) continue;
      try {
        (subscription.listener as (payload: PluginEventMap[E]) => void)(payload);
      } catch (error) {
        this.#onError(subscription.plugin, error);
      }
    }
  }

  /** Drops every listener of `plugin`. */
  removePlugin(plugin: string): void {
    this.#subscriptions = this.#subscriptions.filter((s) => s.plugin !== plugin);
  }
}
