/** The websocket URLs of exec and attach through Wheelhouse's proxy. */
import { baseUrl } from '../../api/base-url.ts';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { objectPath } from '../../k8s/resource-ref.ts';

/** What to open: a command in a new process (exec), or the container's main process (attach). */
export type ExecTarget =
  | { readonly type: 'exec'; readonly container: string; readonly command: readonly string[] }
  | { readonly type: 'attach'; readonly container: string };

/**
 * The path and query of an exec or attach for a pod, with a TTY (so stderr is merged into stdout, as
 * `kubectl exec -it` does).
 */
export function execPath(pod: ObjectRef, target: ExecTarget): string {
  const query = new URLSearchParams();
  if (target.type === 'exec') for (const part of target.command) query.append('command', part);
  query.set('container', target.container);
  query.set('stdin', 'true');
  query.set('stdout', 'true');
  query.set('stderr', 'false');
  query.set('tty', 'true');
  return `${objectPath(pod)}/${target.type}?${query.toString()}`;
}

/** The absolute `ws:`/`wss:` URL of {@link execPath} on the page's own origin (so cookie and Origin go along). */
export function execUrl(
  pod: ObjectRef,
  target: ExecTarget,
  location: Pick<Location, 'protocol' | 'host'> = window.location,
): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${baseUrl}${execPath(pod, target)}`;
}
