import fastify, { LogController, type FastifyInstance } from 'fastify';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, withSafeSerializers } from '../logging.ts';
import type { LogLevel } from '../config/server-flags.ts';
import { registerAccessLog } from './access-log.ts';

/** An app like the server's (request logging off, access log on) whose log lines are collected. */
async function requestWithLogs(level: LogLevel): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const app = fastify({
    loggerInstance: withSafeSerializers(createLogger({ level, destination })),
    logController: new LogController({ disableRequestLogging: true }),
  }) as unknown as FastifyInstance;
  registerAccessLog(app);
  app.get('/things', () => 'ok');
  await app.inject({ method: 'GET', url: '/things?token=secret-value' });
  await app.close();
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('the access log', () => {
  it('is silent at info level', async () => {
    const lines = await requestWithLogs('info');
    expect(lines.filter((l) => l['msg'] === 'request completed' || l['msg'] === 'incoming request')).toEqual(
      [],
    );
  });

  it('writes one line per request at debug level, with the status and no token', async () => {
    const lines = (await requestWithLogs('debug')).filter((l) => l['msg'] === 'request completed');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      req: { method: 'GET', url: '/things?token=[redacted]' },
      res: { statusCode: 200 },
    });
    expect(typeof lines[0]?.['responseTime']).toBe('number');
  });
});
