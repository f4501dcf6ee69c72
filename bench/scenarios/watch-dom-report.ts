/** The watch-dom scenario's tables, verdicts and notes from its phases' results. */
import type { ScenarioReport, Table, Verdict } from '../lib/report.ts';
import { fmt, percentile } from '../lib/stats.ts';
import type { PhaseResult } from './watch-dom-phase.ts';
import type { ClockOffset } from './watch-dom-probe.ts';

/** Issue 9, scenario 4: API event → DOM, p99. */
const TARGET_P99_MS = 100;

function sorted(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** Covered events per second from the first event to the last DOM change that covered one. */
function keptUpRate(result: PhaseResult): number {
  const { coverage } = result;
  const covered = coverage.shown + coverage.coalesced;
  return (covered * 1000) / (coverage.lastDomAt - coverage.firstEventAt);
}

function ratesTable(results: readonly PhaseResult[]): Table {
  return {
    caption: 'Rates and what the page showed',
    columns: [
      'phase',
      'asked /s',
      'API sustained /s',
      'of asked',
      'watch events /s',
      'page kept up /s',
      'events',
      'shown',
      'coalesced',
      'lost',
    ],
    rows: results.map((r) => [
      r.phase.name,
      String(r.phase.ratePerS),
      fmt(r.patches.ratePerS, 0),
      `${fmt((100 * r.patches.ratePerS) / r.phase.ratePerS, 0)} %`,
      fmt(r.eventRatePerS, 0),
      fmt(keptUpRate(r), 0),
      String(r.coverage.events),
      String(r.coverage.shown),
      String(r.coverage.coalesced),
      String(r.coverage.lost),
    ]),
  };
}

function latencyTable(results: readonly PhaseResult[]): Table {
  const row = (phase: string, what: string, values: readonly number[]): string[] => {
    const s = sorted(values);
    const p = (n: number): string => fmt(percentile(s, n), 1);
    return [phase, what, String(s.length), p(50), p(95), p(99), fmt(s[s.length - 1] ?? Number.NaN, 1)];
  };
  return {
    caption: 'Latency from the API event (direct watch), ms',
    columns: ['phase', 'until', 'events', 'p50', 'p95', 'p99', 'max'],
    rows: results.flatMap((r) => [
      row(r.phase.name, 'the browser receives it', r.networkLatencies),
      row(r.phase.name, "the page's main thread reads it", r.receivedLatencies),
      row(r.phase.name, 'the DOM shows it or a later value', r.coverage.latencies),
      row(r.phase.name, 'the DOM shows it (shown events only)', r.coverage.shownLatencies),
    ]),
  };
}

function pageTable(results: readonly PhaseResult[]): Table {
  return {
    caption: "The page's main thread, churn start → caught up",
    columns: [
      'phase',
      'in tasks (wall)',
      'CPU',
      'script s',
      'layout + style s',
      'table updates',
      'CPU per update ms',
      'long tasks',
      'bench loop delay p99 ms',
    ],
    rows: results.map((r) => {
      const busy = (name: string): number => r.pageBusyS[name] ?? 0;
      const longMs = r.longTasks.reduce((sum, task) => sum + task.durationMs, 0);
      return [
        r.phase.name,
        `${fmt((100 * busy('TaskDuration')) / r.pageSpanS, 0)} % of ${fmt(r.pageSpanS, 1)} s`,
        `${fmt((100 * busy('ThreadTime')) / r.pageSpanS, 0)} %`,
        fmt(busy('ScriptDuration'), 2),
        fmt(busy('LayoutDuration') + busy('RecalcStyleDuration'), 2),
        String(r.domUpdates),
        fmt((1000 * busy('ThreadTime')) / r.domUpdates, 1),
        `${String(r.longTasks.length)} (${fmt(longMs, 0)} ms)`,
        fmt(r.benchLoopDelayP99Ms, 1),
      ];
    }),
  };
}

function verdicts(results: readonly PhaseResult[]): Verdict[] {
  return results.flatMap((r) => {
    const p99 = percentile(sorted(r.coverage.latencies), 99);
    const rate = `${fmt(r.eventRatePerS, 0)} events/s (${fmt((100 * r.patches.ratePerS) / r.phase.ratePerS, 0)} % of the ${String(r.phase.ratePerS)}/s asked)`;
    const kept = r.coverage.lost === 0 && r.caughtUp;
    return [
      {
        what: `${r.phase.name}: API event → DOM p99`,
        measured: `${fmt(p99, 1)} ms at ${rate}`,
        target: `≤ ${String(TARGET_P99_MS)} ms`,
        met: p99 <= TARGET_P99_MS,
        ...(p99 > TARGET_P99_MS ? { note: `over by ${fmt(p99 - TARGET_P99_MS, 1)} ms` } : {}),
      },
      {
        what: `${r.phase.name}: the page kept up (no update lost, final values shown)`,
        measured: `${fmt(keptUpRate(r), 0)} events/s covered, ${String(r.coverage.lost)} lost`,
        target: 'the rate the API sustained',
        met: kept,
      },
    ];
  });
}

/** The report of a run: `clocks` are the page − bench clock offsets measured before each phase and at the end. */
export function watchDomReport(
  results: readonly PhaseResult[],
  clocks: readonly ClockOffset[],
  setup: { readonly pods: number; readonly workers: number; readonly webSource: string },
): ScenarioReport {
  const offsets = clocks.map((c) => c.offsetMs);
  const drift = Math.max(...offsets) - Math.min(...offsets);
  const worstUncertainty = Math.max(...clocks.map((c) => c.uncertaintyMs));
  return {
    scenario: 'watch-dom',
    title: 'Watch churn: API event → DOM',
    tables: [ratesTable(results), latencyTable(results), pageTable(results)],
    verdicts: verdicts(results),
    notes: [
      `Headless Chromium (1400×900) shows /c/CLUSTER/r/core/v1/pods?ns=bench-watch-dom through Wheelhouse: ${String(setup.pods)} kwok pods, every row on screen. Each update is a JSON patch of one pod's status subresource setting its restart count (the list's Restarts column) to a fresh sequence number; pods in turn, at most ${String(setup.workers)} patches in flight, paced to the rate asked (the API server's achieved rate is what the table reports).`,
      "API event = the event line arriving on a watch the bench holds directly on the API server; DOM = a MutationObserver in the page seeing the row's Restarts cell show that value. Both clocks are performance.timeOrigin + performance.now(); the page − bench offset is measured before each phase (shortest of 25 page.evaluate round trips) and subtracted.",
      `Clock offsets ${offsets.map((o) => fmt(o, 2)).join(', ')} ms (drift ${fmt(drift, 2)} ms, each ± ≤ ${fmt(worstUncertainty, 2)} ms). The bench's event-loop delay p99 is the error bar of the event arrival times (a late arrival time shortens the measured latency).`,
      'Counting: the app applies watch changes at most once per animation frame, so a pod updated several times within a frame shows only its last value. A DOM change covers its own event ("shown") and every earlier event of that pod it superseded ("coalesced", order = the direct watch\'s); each covered event\'s latency runs to that DOM change. "Lost" = never covered within 10 s after the churn stopped. "Page kept up" = covered events per second from the first event to the last covering DOM change.',
      `Web app measured: ${setup.webSource}. Chromium, the control plane, kwok, Wheelhouse and the bench share the same 2 cores: "in tasks (wall)" far above "CPU" means the page's main thread was waiting for a core, not working. "CPU per update" = the main thread's CPU time (CDP ThreadTime) over the table updates (everything the page did, the Age column's ticks and the probe included).`,
    ],
  };
}
