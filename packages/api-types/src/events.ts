import type { ClusterStatus, ClusterSummary, SourceError } from './cluster.ts';

/**
 * Events of `GET /api/clusters/events` (Server-Sent Events). The SSE `event:` field equals `type`, and
 * `data:` is the whole event object as JSON. The first event is always a `snapshot`; apply the others to it.
 */
export type ClusterEvent =
  | {
      readonly type: 'snapshot';
      readonly clusters: readonly ClusterSummary[];
      readonly sourceErrors: readonly SourceError[];
    }
  | { readonly type: 'added'; readonly cluster: ClusterSummary }
  | { readonly type: 'updated'; readonly cluster: ClusterSummary }
  | { readonly type: 'removed'; readonly name: string }
  | { readonly type: 'renamed'; readonly from: string; readonly cluster: ClusterSummary }
  | { readonly type: 'status'; readonly name: string; readonly status: ClusterStatus }
  | { readonly type: 'source-errors'; readonly source: string; readonly errors: readonly SourceError[] };

/** The `type` values of {@link ClusterEvent}. */
export type ClusterEventType = ClusterEvent['type'];
