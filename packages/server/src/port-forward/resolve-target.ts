/**
 * Where a forward's connections go: a pod port as given, or for a service, a ready endpoint pod and the
 * service port's `targetPort` (a number, or a name looked up in that pod's container ports) — what
 * `kubectl port-forward svc/NAME` does.
 */
import { InputError, NotFoundError } from '../http/errors.ts';

/** The pod and port a forward reaches. */
export interface ForwardTarget {
  readonly pod: string;
  readonly targetPort: number;
}

/** Reads JSON from the cluster (`/api/v1/…`). */
export type GetJson = (path: string) => Promise<unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function enc(text: string): string {
  return encodeURIComponent(text);
}

/** The container port named `name` in a pod, if any. */
export function namedContainerPort(pod: unknown, name: string): number | undefined {
  const spec = isRecord(pod) ? pod['spec'] : undefined;
  const containers = isRecord(spec) ? records(spec['containers']) : [];
  for (const container of containers)
    for (const port of records(container['ports']))
      if (port['name'] === name && typeof port['containerPort'] === 'number') return port['containerPort'];
  return undefined;
}

/** The `targetPort` of a service's `port` (number or name; defaults to the port itself). */
export function serviceTargetPort(service: unknown, port: number): number | string {
  const spec = isRecord(service) ? service['spec'] : undefined;
  const ports = isRecord(spec) ? records(spec['ports']) : [];
  const entry = ports.find((p) => p['port'] === port);
  if (!entry) {
    const offered = ports.map((p) => String(p['port'])).join(', ') || 'none';
    throw new InputError('port', `the service has no port ${String(port)} (it has: ${offered})`);
  }
  const target = entry['targetPort'];
  return typeof target === 'number' || typeof target === 'string' ? target : port;
}

/** The first ready endpoint backed by a pod, from a service's EndpointSlices. */
export function readyEndpointPod(slices: unknown): string | undefined {
  const items = isRecord(slices) ? records(slices['items']) : [];
  for (const slice of items)
    for (const endpoint of records(slice['endpoints'])) {
      const conditions = endpoint['conditions'];
      const ready = !isRecord(conditions) || conditions['ready'] !== false;
      const ref = endpoint['targetRef'];
      if (ready && isRecord(ref) && ref['kind'] === 'Pod' && typeof ref['name'] === 'string')
        return ref['name'];
    }
  return undefined;
}

/** Resolves a service port to a ready pod and its port. */
export async function resolveServiceTarget(
  get: GetJson,
  namespace: string,
  service: string,
  port: number,
): Promise<ForwardTarget> {
  const ns = enc(namespace);
  const svc = await get(`/api/v1/namespaces/${ns}/services/${enc(service)}`);
  const target = serviceTargetPort(svc, port);
  const selector = enc(`kubernetes.io/service-name=${service}`);
  const slices = await get(
    `/apis/discovery.k8s.io/v1/namespaces/${ns}/endpointslices?labelSelector=${selector}`,
  );
  const pod = readyEndpointPod(slices);
  if (pod === undefined)
    throw new NotFoundError(`service ${namespace}/${service} has no ready pod to forward to`, 'service');
  if (typeof target === 'number') return { pod, targetPort: target };
  const podObject = await get(`/api/v1/namespaces/${ns}/pods/${enc(pod)}`);
  const named = namedContainerPort(podObject, target);
  if (named === undefined)
    throw new NotFoundError(`pod ${pod} has no container port named "${target}"`, 'port');
  return { pod, targetPort: named };
}
