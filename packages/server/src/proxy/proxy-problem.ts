/**
 * RFC 9457 problem responses written by the proxy itself (unknown cluster, unreachable upstream), straight
 * onto the raw response because proxied requests never go through Fastify's reply. Responses from a
 * cluster, Kubernetes `Status` bodies included, are never rewritten.
 */
import type { ServerResponse } from 'node:http';
import { describeUpstreamError } from './upstream-error.ts';

/** A problem the proxy reports. Extension members name the cluster and the cause. */
export interface ProxyProblem {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly cluster?: string | undefined;
  /** Machine-readable cause, e.g. `refused`, `dns`, `tls-unknown-authority`. */
  readonly reason?: string | undefined;
}

/**
 * Writes `problem` as `application/problem+json` and ends the response. If the response has already
 * started (a stream broke midway) there is no way to report in band: the connection is destroyed so the
 * client sees a truncated response rather than a silently complete one.
 */
export function writeProblem(res: ServerResponse, problem: ProxyProblem): void {
  if (res.destroyed || res.writableEnded) return;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ type: 'about:blank', ...problem });
  res.writeHead(problem.status, {
    'content-type': 'application/problem+json',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

/** The problem for a request that failed before the cluster answered. */
export function upstreamProblem(clusterName: string, error: unknown): ProxyProblem {
  const info = describeUpstreamError(error);
  if (info.reason === 'cluster-closed') {
    return {
      status: 503,
      title: 'Cluster removed',
      detail: `Cluster "${clusterName}" was removed or changed while the request was in flight.`,
      cluster: clusterName,
      reason: info.reason,
    };
  }
  const code = info.code === undefined ? '' : ` (${info.code})`;
  return {
    status: 502,
    title: 'Cluster unreachable',
    detail: `Cannot reach cluster "${clusterName}": ${info.description}${code}.`,
    cluster: clusterName,
    reason: info.reason,
  };
}
