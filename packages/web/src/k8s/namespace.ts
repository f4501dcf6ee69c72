/** The parts of a Kubernetes `Namespace` the app reads. */
export interface Namespace {
  readonly metadata: { readonly name: string; readonly creationTimestamp?: string; readonly uid?: string };
  readonly status?: { readonly phase?: string };
}

/** A Kubernetes list response. */
export interface KubeList<T> {
  readonly items: readonly T[];
}

/** Age of an object as kubectl shows it (`45s`, `12m`, `3h`, `5d`), or `''` without a timestamp. */
export function formatAge(timestamp: string | undefined, now: number = Date.now()): string {
  if (!timestamp) return '';
  const seconds = Math.max(0, Math.floor((now - Date.parse(timestamp)) / 1000));
  if (Number.isNaN(seconds)) return '';
  if (seconds < 120) return `${String(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 120) return `${String(minutes)}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${String(hours)}h`;
  return `${String(Math.floor(hours / 24))}d`;
}
