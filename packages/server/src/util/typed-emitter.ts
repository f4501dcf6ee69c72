/** A listener of one event type. */
export type Listener<T> = (event: T) => void;

/**
 * A minimal typed emitter: one event type (usually a discriminated union), synchronous delivery in
 * subscription order. A throwing listener does not stop delivery to the others; its error goes to `onError`.
 */
export class TypedEmitter<T> {
  readonly #listeners = new Set<Listener<T>>();
  readonly #onError: (error: unknown) => void;

  constructor(onError: (error: unknown) => void = () => undefined) {
    this.#onError = onError;
  }

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: Listener<T>): () => void {
    // Wrap so that subscribing the same function twice yields two independent subscriptions.
    const wrapped: Listener<T> = (event) => {
      listener(event);
    };
    this.#listeners.add(wrapped);
    return () => {
      this.#listeners.delete(wrapped);
    };
  }

  /** Delivers `event` to every current listener. */
  emit(event: T): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.#onError(error);
      }
    }
  }

  /** Number of current listeners. */
  get size(): number {
    return this.#listeners.size;
  }
}
