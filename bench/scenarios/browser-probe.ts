/**
 * What the browser scenario runs inside the page, as script text (the bench is type-checked without DOM
 * types, so page code is not TypeScript here): an init script that timestamps the first data row and the
 * moment the whole list is browsable (all rows counted, last row rendered after scrolling to the end),
 * the sort and filter timers, and the page's own numbers (list timings, DOM counts).
 */
import type { Page } from 'playwright-core';

/** Page-clock times (performance.now, ms since navigation start) and counts of one load. */
export interface PageTimings {
  readonly firstRowAt: number;
  readonly browsableAt: number;
  /** responseEnd of the first list request for the namespace's pods. */
  readonly apiAnsweredAt: number;
  /** List requests (pages) seen. */
  readonly lists: number;
  /**
   * The second list request (the rest of the list, with the first page's continue token): when the page's
   * script called fetch for it, when the browser began it (startTime), sent it (a connection was free), its
   * headers and its last byte.
   */
  readonly secondCalledAt: number;
  readonly secondFetchAt: number;
  readonly secondSentAt: number;
  readonly secondHeadersAt: number;
  readonly secondEndAt: number;
  readonly domRows: number;
  readonly domNodes: number;
}

/** Init script: watches the DOM until the table counts `rows` data rows and its last one is rendered. */
export function probeScript(rows: number): string {
  return `(() => {
  const rows = ${String(rows)};
  const timings = {};
  window.__benchTimings = timings;
  // When the page asks for the rest of the list (Resource Timing's startTime is when the browser began it).
  const fetch = window.fetch;
  window.fetch = (input, init) => {
    if (timings.secondCalledAt === undefined && /[?&]continue=/.test(String(input))) timings.secondCalledAt = performance.now();
    return fetch(input, init);
  };
  let scrolled = false;
  const observer = new MutationObserver(() => {
    const now = performance.now();
    if (timings.firstRowAt === undefined && document.querySelector('[role="row"][aria-rowindex="2"]'))
      timings.firstRowAt = now;
    const table = document.querySelector('[role="table"]');
    if (table === null || Number(table.getAttribute('aria-rowcount')) < rows + 1) return;
    if (!scrolled) { scrolled = true; table.scrollTop = table.scrollHeight; }
    if (document.querySelector('[role="row"][aria-rowindex="' + (rows + 1) + '"]') !== null) {
      timings.browsableAt = now;
      observer.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { childList: true, subtree: true, attributes: true }));
})();`;
}

/** Waits for the probe to see the whole list, then reads the timings and DOM counts. */
export async function readTimings(page: Page): Promise<PageTimings> {
  await page.waitForFunction('window.__benchTimings?.browsableAt !== undefined', undefined, {
    timeout: 600_000,
    polling: 50,
  });
  return page.evaluate<PageTimings>(`(() => {
  const entries = performance.getEntriesByType('resource')
    .filter((e) => /\\/api\\/v1\\/namespaces\\/[^/]+\\/pods(\\?|$)/.test(e.name) && !/watch=(1|true)/.test(e.name));
  const second = entries.find((e) => /[?&]continue=/.test(e.name));
  return {
    ...window.__benchTimings,
    apiAnsweredAt: Math.min(...entries.map((e) => e.responseEnd)),
    lists: entries.length,
    secondFetchAt: second?.startTime ?? NaN,
    secondSentAt: second?.requestStart ?? NaN,
    secondHeadersAt: second?.responseStart ?? NaN,
    secondEndAt: second?.responseEnd ?? NaN,
    domRows: document.querySelectorAll('[role="rowgroup"] [role="row"]').length,
    domNodes: document.getElementsByTagName('*').length,
  };
})()`);
}

/**
 * Sorts by the first sortable column (Name) ascending, then times the click to descending: ms until the
 * first data row changes, to the next frame.
 */
export function timeSort(page: Page): Promise<number> {
  return page.evaluate<number>(`(async () => {
  const table = document.querySelector('[role="table"]');
  table.scrollTop = 0;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const first = () => document.querySelector('[role="row"][aria-rowindex="2"]')?.textContent ?? '';
  const column = [...document.querySelectorAll('[role="columnheader"]')]
    .find((c) => c.querySelector('.MuiTableSortLabel-root') !== null);
  const header = column?.querySelector('.MuiTableSortLabel-root');
  if (!header) throw new Error('no sortable column header');
  // The list arrives in name order: sort ascending first (untimed), then time the switch to descending.
  for (let i = 0; column.getAttribute('aria-sort') !== 'ascending'; i++) {
    if (i % 50 === 0) header.click();
    if (i > 500) throw new Error('the column never sorted ascending');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  const before = first();
  const t0 = performance.now();
  header.click();
  await new Promise((resolve, reject) => {
    const poll = () => {
      if (first() !== before) resolve();
      else if (performance.now() > t0 + 10000) reject(new Error('sort changed nothing in 10 s'));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  return performance.now() - t0;
})()`);
}

/** Sets the text filter to `text` (one input event); ms until the table has `rows` data rows, to the next frame. */
export function timeFilter(page: Page, text: string, rows: number): Promise<number> {
  return page.evaluate<number>(`(async () => {
  const field = [...document.querySelectorAll('[role="search"] input')]
    .find((input) => input.labels?.[0]?.textContent?.replace(/\\W+$/, '') === 'Filter');
  if (field === undefined) throw new Error('no text filter');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const t0 = performance.now();
  setValue.call(field, ${JSON.stringify(text)});
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve, reject) => {
    const poll = () => {
      const count = Number(document.querySelector('[role="table"]')?.getAttribute('aria-rowcount'));
      if (count === ${String(rows + 1)}) resolve();
      else if (performance.now() > t0 + 10000) reject(new Error('filter: ' + (count - 1) + ' rows after 10 s'));
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  return performance.now() - t0;
})()`);
}

/**
 * Navigates to the home page and returns when the row of `cluster` first showed, in ms after the
 * navigation started (the page's own clock, checked every frame).
 */
export async function timeHome(page: Page, url: string, cluster: string): Promise<number> {
  await page.goto(`${url}/`, { waitUntil: 'commit' });
  const shown = await page.waitForFunction(
    `(() => {
      const row = document.querySelector(${JSON.stringify(`[data-testid="cluster-row-${cluster}"]`)});
      if (row === null) return false;
      window.__homeShownAt ??= performance.now();
      return window.__homeShownAt;
    })()`,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  return (await shown.jsonValue()) as number;
}
