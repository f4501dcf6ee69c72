import { describe, expect, it } from 'vitest';
import { execPath, execUrl } from './exec-url.ts';

const pod = {
  cluster: 'dev',
  type: { group: '', version: 'v1', resource: 'pods', kind: 'Pod', namespaced: true },
  namespace: 'shop',
  name: 'web-1',
};

describe('execPath', () => {
  it('repeats command for each argument and asks for a TTY', () => {
    expect(execPath(pod, { type: 'exec', container: 'app', command: ['sh', '-c', 'echo hi'] })).toBe(
      '/clusters/dev/api/v1/namespaces/shop/pods/web-1/exec?command=sh&command=-c&command=echo+hi&container=app&stdin=true&stdout=true&stderr=false&tty=true',
    );
  });
  it('attaches without a command', () => {
    expect(execPath(pod, { type: 'attach', container: 'app' })).toBe(
      '/clusters/dev/api/v1/namespaces/shop/pods/web-1/attach?container=app&stdin=true&stdout=true&stderr=false&tty=true',
    );
  });
});

describe('execUrl', () => {
  it('uses ws on http and wss on https, on the page origin', () => {
    const target = { type: 'attach', container: 'c' } as const;
    expect(execUrl(pod, target, { protocol: 'http:', host: '127.0.0.1:7007' })).toMatch(
      /^ws:\/\/127\.0\.0\.1:7007\/clusters\/dev\//,
    );
    expect(execUrl(pod, target, { protocol: 'https:', host: 'x.example' })).toMatch(/^wss:\/\/x\.example\//);
  });
});
