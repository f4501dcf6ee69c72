/** The slice of a pino logger that services use; pino's `Logger` satisfies it. */
export interface ServiceLogger {
  info(bindings: object, message: string): void;
  warn(bindings: object, message: string): void;
  error(bindings: object, message: string): void;
  debug(bindings: object, message: string): void;
}

/** A logger that drops everything (default for services built without one). */
export const silentLogger: ServiceLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
};
