import { describe, expect, it } from 'vitest';
import { podPorts, servicePorts } from './object-ports.ts';

describe('forwardable ports', () => {
  it('lists the TCP container ports of a pod with their container', () => {
    const pod = {
      spec: {
        containers: [
          {
            name: 'app',
            ports: [
              { containerPort: 8080, name: 'http' },
              { containerPort: 53, protocol: 'UDP' },
            ],
          },
          { name: 'metrics', ports: [{ containerPort: 9090 }] },
        ],
      },
    };
    expect(podPorts(pod)).toEqual([
      { port: 8080, name: 'http', protocol: 'TCP', container: 'app' },
      { port: 9090, name: undefined, protocol: 'TCP', container: 'metrics' },
    ]);
  });
  it('lists the TCP ports of a service', () => {
    expect(
      servicePorts({
        spec: {
          ports: [
            { port: 80, name: 'http' },
            { port: 53, protocol: 'UDP' },
          ],
        },
      }),
    ).toEqual([{ port: 80, name: 'http', protocol: 'TCP', container: undefined }]);
    expect(servicePorts({})).toEqual([]);
  });
});
