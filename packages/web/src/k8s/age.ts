/**
 * Ages as kubectl prints them (k8s.io/apimachinery `duration.HumanDuration`): `45s`, `3m12s`, `2h5m`, `4d3h`,
 * `12d`, `2y45d`. Precise for recent times, coarse for old ones.
 */

/** A duration in milliseconds, kubectl style. Negative durations (clock skew) count as 0. */
export function humanDuration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  if (seconds < 120) return `${String(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 10) return pair(minutes, 'm', seconds % 60, 's');
  if (minutes < 180) return `${String(minutes)}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 8) return pair(hours, 'h', minutes % 60, 'm');
  if (hours < 48) return `${String(hours)}h`;
  if (hours < 192) return pair(Math.floor(hours / 24), 'd', hours % 24, 'h');
  const days = Math.floor(hours / 24);
  if (days < 365 * 2) return `${String(days)}d`;
  if (days < 365 * 8) return pair(Math.floor(days / 365), 'y', days % 365, 'd');
  return `${String(Math.floor(days / 365))}y`;
}

function pair(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0
    ? `${String(major)}${majorUnit}`
    : `${String(major)}${majorUnit}${String(minor)}${minorUnit}`;
}

/** The age of a timestamp at `now`, or `''` when the timestamp is missing or invalid. */
export function ageOf(timestamp: string | undefined, now: number = Date.now()): string {
  if (!timestamp) return '';
  const at = Date.parse(timestamp);
  return Number.isNaN(at) ? '' : humanDuration(now - at);
}
