/**
 * What the watch-dom scenario runs inside the page, as script text (the bench is type-checked without DOM
 * types): an init script whose MutationObserver notes every change of a churned pod's Restarts cell (pod,
 * value, time), which also notes when each watch event reached the page's main thread (a tee of the pods'
 * watch response), and logs long tasks; and the clock alignment between the page and the bench.
 */
import type { Page } from 'playwright-core';

/** A value of a pod seen at a time: epoch ms (performance.timeOrigin + performance.now()) of its clock. */
export interface Sighting {
  readonly pod: string;
  readonly value: number;
  readonly at: number;
}

/** A main-thread task over 50 ms in the page: start (page epoch ms) and duration. */
export interface LongTask {
  readonly at: number;
  readonly durationMs: number;
}

/**
 * Page code that wraps `fetch`: a pods watch's body is teed, and the probe's branch read like the app reads
 * its own (same thread, chunk by chunk) to record [pod, `column` value, time] of each event line into
 * `probe.received`. Costs the page a second JSON.parse per event.
 */
function receivedEventsScript(): string {
  return `
  const readEvents = async (body) => {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let valueAt = -1;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        const at = performance.timeOrigin + performance.now();
        buffer += decoder.decode(value, { stream: true });
        for (let newline = buffer.indexOf('\\n'); newline >= 0; newline = buffer.indexOf('\\n')) {
          const line = buffer.slice(0, newline).trim();
          buffer = buffer.slice(newline + 1);
          if (line === '') continue;
          const object = JSON.parse(line).object;
          const columns = object?.columnDefinitions;
          if (Array.isArray(columns) && columns.length > 0) valueAt = columns.findIndex((c) => c.name === column);
          const row = object?.rows?.[0];
          const pod = row?.object?.metadata?.name ?? '';
          const shownValue = parseInt(String(row?.cells?.[valueAt]), 10);
          if (valueAt >= 0 && pod.startsWith(prefix) && !Number.isNaN(shownValue))
            probe.received.push([pod, shownValue, at]);
        }
      }
    } catch {
      // the app ended the watch
    }
  };
  const appFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const response = await appFetch(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!/\\/pods\\?(.*&)?watch=(1|true)/.test(url) || response.body === null) return response;
    const [forApp, forProbe] = response.body.tee();
    void readEvents(forProbe);
    const { status, statusText, headers } = response;
    return new Response(forApp, { status, statusText, headers });
  };`;
}

/**
 * Init script: on every DOM mutation, reads the Name and `column` cells of the table's rendered rows and
 * records each pod named `prefix…` whose `column` value (an integer) changed since last seen.
 */
export function watchDomProbeScript(prefix: string, column: string): string {
  return `(() => {
  const prefix = ${JSON.stringify(prefix)};
  const column = ${JSON.stringify(column)};
  const shown = new Map();
  const probe = { sightings: [], received: [], longTasks: [], shown };
  window.__watchDom = probe;${receivedEventsScript()}
  const read = () => {
    const at = performance.timeOrigin + performance.now();
    const table = document.querySelector('[role="table"]');
    if (table === null) return;
    const headers = [...table.querySelectorAll('[role="row"][aria-rowindex="1"] [role="columnheader"]')]
      .map((header) => header.getAttribute('aria-label'));
    const nameAt = headers.indexOf('Name');
    const valueAt = headers.indexOf(column);
    if (nameAt < 0 || valueAt < 0) return;
    for (const row of table.querySelectorAll('[role="row"][data-row-key]')) {
      const cells = row.querySelectorAll(':scope > [role="cell"]');
      const pod = cells[nameAt]?.textContent ?? '';
      if (!pod.startsWith(prefix)) continue;
      const value = parseInt(cells[valueAt]?.textContent ?? '', 10);
      if (Number.isNaN(value) || shown.get(pod) === value) continue;
      shown.set(pod, value);
      probe.sightings.push([pod, value, at]);
    }
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      probe.longTasks.push([performance.timeOrigin + entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
  document.addEventListener('DOMContentLoaded', () =>
    new MutationObserver(read).observe(document.body, { childList: true, subtree: true, characterData: true }));
})();`;
}

/** What the probe recorded: table changes, watch events received, long tasks (page clock). */
export interface ProbeRecords {
  readonly sightings: Sighting[];
  readonly received: Sighting[];
  readonly longTasks: LongTask[];
}

/** Takes (and clears) what the probe recorded since the last call. */
export async function takeRecords(page: Page): Promise<ProbeRecords> {
  const raw = await page.evaluate<{
    sightings: [string, number, number][];
    received: [string, number, number][];
    longTasks: [number, number][];
  }>(`(() => {
  const probe = window.__watchDom;
  return {
    sightings: probe.sightings.splice(0),
    received: probe.received.splice(0),
    longTasks: probe.longTasks.splice(0),
  };
})()`);
  const toSighting = ([pod, value, at]: [string, number, number]): Sighting => ({ pod, value, at });
  return {
    sightings: raw.sightings.map(toSighting),
    received: raw.received.map(toSighting),
    longTasks: raw.longTasks.map(([at, durationMs]) => ({ at, durationMs })),
  };
}

/** The pods' values the probe saw last (what the table shows now). */
export function shownValues(page: Page): Promise<Record<string, number>> {
  return page.evaluate<Record<string, number>>('Object.fromEntries(window.__watchDom.shown)');
}

/** The bench's epoch clock, as the page's: performance.timeOrigin + performance.now(). */
export function benchEpoch(): number {
  return performance.timeOrigin + performance.now();
}

/** Page clock − bench clock, in ms, and how sure that is (half the round trip of the best sample). */
export interface ClockOffset {
  readonly offsetMs: number;
  readonly uncertaintyMs: number;
}

/**
 * Measures the page's epoch clock against the bench's the NTP way: the sample with the shortest round trip
 * of `samples`, its page reading taken as happening mid-way.
 */
export async function pageClockOffset(page: Page, samples = 25): Promise<ClockOffset> {
  let best: ClockOffset | undefined;
  for (let i = 0; i < samples; i++) {
    const sentAt = benchEpoch();
    const pageAt = await page.evaluate<number>('performance.timeOrigin + performance.now()');
    const receivedAt = benchEpoch();
    const uncertaintyMs = (receivedAt - sentAt) / 2;
    if (best === undefined || uncertaintyMs < best.uncertaintyMs)
      best = { offsetMs: pageAt - (sentAt + receivedAt) / 2, uncertaintyMs };
  }
  if (best === undefined) throw new Error('no clock sample');
  return best;
}
