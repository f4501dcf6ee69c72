/**
 * Structured logs (pino) that never contain credentials: authorization and cookie headers are redacted
 * wherever they appear, and the request serializer logs only method, path (with any `token` query value
 * masked) and remote address. Kubeconfig contents are never passed to the logger in the first place.
 */
import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';
import type { LogLevel } from './config/server-flags.ts';

const REDACTED = '[redacted]';

/** Paths pino removes from every log line. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'headers["set-cookie"]',
  'token',
  '*.token',
];

/** Masks the value of `token` query parameters in a URL or path. */
export function redactUrl(url: string): string {
  return url.replace(/([?&]token=)[^&#]*/gi, `$1${REDACTED}`);
}

interface RequestLike {
  readonly method?: string;
  readonly url?: string;
  readonly ip?: string;
}

/**
 * A child of `logger` whose request serializer logs only method, path (token query masked) and remote
 * address, whatever logger the app was given.
 */
export function withSafeSerializers(logger: Logger): Logger {
  return logger.child({}, { serializers: { req: serializeRequest } });
}

function serializeRequest(request: RequestLike): Record<string, unknown> {
  return { method: request.method, url: redactUrl(request.url ?? ''), remoteAddress: request.ip };
}

/** Creates the server's logger, writing JSON lines to `destination` (default stderr). */
export function createLogger(options: { level: LogLevel; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACT_PATHS, censor: REDACTED },
      serializers: { req: serializeRequest },
    },
    options.destination ?? pino.destination(2),
  );
}
