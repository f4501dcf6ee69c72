/** The ports a Pod (container ports) or a Service (service ports) offers for forwarding. */
import { arrayField, numberField, stringField } from '../../k8s/kube-object.ts';

/** One forwardable port. */
export interface ForwardablePort {
  readonly port: number;
  readonly name: string | undefined;
  readonly protocol: string;
  /** The container, for a pod port. */
  readonly container: string | undefined;
}

/** Container ports of a pod (TCP only: port-forward carries TCP). */
export function podPorts(pod: unknown): ForwardablePort[] {
  return arrayField(pod, 'spec', 'containers').flatMap((container) =>
    arrayField(container, 'ports').flatMap((p) => {
      const port = numberField(p, 'containerPort');
      const protocol = stringField(p, 'protocol') ?? 'TCP';
      if (port === undefined || protocol !== 'TCP') return [];
      return [{ port, name: stringField(p, 'name'), protocol, container: stringField(container, 'name') }];
    }),
  );
}

/** Ports of a service (TCP only). */
export function servicePorts(service: unknown): ForwardablePort[] {
  return arrayField(service, 'spec', 'ports').flatMap((p) => {
    const port = numberField(p, 'port');
    const protocol = stringField(p, 'protocol') ?? 'TCP';
    if (port === undefined || protocol !== 'TCP') return [];
    return [{ port, name: stringField(p, 'name'), protocol, container: undefined }];
  });
}
