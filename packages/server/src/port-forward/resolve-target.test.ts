import { describe, expect, it } from 'vitest';
import {
  namedContainerPort,
  readyEndpointPod,
  resolveServiceTarget,
  serviceTargetPort,
} from './resolve-target.ts';

const service = {
  spec: { ports: [{ port: 80, targetPort: 'http' }, { port: 443, targetPort: 8443 }, { port: 9000 }] },
};
const pod = { spec: { containers: [{ name: 'app', ports: [{ name: 'http', containerPort: 8080 }] }] } };
const slices = {
  items: [
    {
      endpoints: [
        { conditions: { ready: false }, targetRef: { kind: 'Pod', name: 'web-old' } },
        { conditions: { ready: true }, targetRef: { kind: 'Pod', name: 'web-1' } },
      ],
    },
  ],
};

describe('service resolution', () => {
  it('reads target ports by number, by name, or defaults to the port', () => {
    expect(serviceTargetPort(service, 80)).toBe('http');
    expect(serviceTargetPort(service, 443)).toBe(8443);
    expect(serviceTargetPort(service, 9000)).toBe(9000);
    expect(() => serviceTargetPort(service, 81)).toThrow(/no port 81 \(it has: 80, 443, 9000\)/);
  });
  it('finds a named container port and a ready endpoint pod', () => {
    expect(namedContainerPort(pod, 'http')).toBe(8080);
    expect(namedContainerPort(pod, 'grpc')).toBeUndefined();
    expect(readyEndpointPod(slices)).toBe('web-1');
    expect(readyEndpointPod({ items: [] })).toBeUndefined();
  });
  it('resolves a service with a named target port through the API', async () => {
    const paths: string[] = [];
    const answers: Record<string, unknown> = {
      '/api/v1/namespaces/shop/services/web': service,
      '/apis/discovery.k8s.io/v1/namespaces/shop/endpointslices?labelSelector=kubernetes.io%2Fservice-name%3Dweb':
        slices,
      '/api/v1/namespaces/shop/pods/web-1': pod,
    };
    const target = await resolveServiceTarget(
      (path) => {
        paths.push(path);
        return Promise.resolve(answers[path]);
      },
      'shop',
      'web',
      80,
    );
    expect(target).toEqual({ pod: 'web-1', targetPort: 8080 });
    expect(paths).toHaveLength(3);
  });
  it('says so when no pod is ready', async () => {
    await expect(
      resolveServiceTarget(() => Promise.resolve({ ...service, items: [] }), 'shop', 'web', 443),
    ).rejects.toThrow(/has no ready pod/);
  });
});
