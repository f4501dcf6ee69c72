/**
 * The path the app is served under (`''` or e.g. `/wheelhouse`), derived from where the built bundle was
 * loaded from (`BASE/assets/…`), so the app works under the server's `--base-url` without a rebuild.
 */
export function detectBaseUrl(
  moduleUrl: string = import.meta.url,
  dev: boolean = import.meta.env.DEV,
): string {
  if (dev) return '';
  const path = new URL(moduleUrl).pathname;
  const index = path.lastIndexOf('/assets/');
  return index > 0 ? path.slice(0, index) : '';
}

/** The base URL of this page load. */
export const baseUrl: string = detectBaseUrl();
