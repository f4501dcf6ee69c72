/**
 * Matches the API's watch events of each pod with what the page's table showed: the app applies changes at
 * most once per animation frame, so a pod changed several times within a frame shows only its last value.
 * A DOM change to a pod's value covers that value's event and every earlier event of the pod it superseded
 * (order = the direct watch's order, which is the API server's); each covered event's latency is the time
 * from its arrival on the direct watch to that DOM change.
 */
import type { Sighting } from './watch-dom-probe.ts';

/** How the page kept up with a set of events. */
export interface Coverage {
  /** Events matched (one per change of a pod's value on the direct watch). */
  readonly events: number;
  /** Events whose own value the table showed. */
  readonly shown: number;
  /** Events superseded by a later one of the same pod before the table showed them. */
  readonly coalesced: number;
  /** Events the table never covered. */
  readonly lost: number;
  /** Event → first DOM change showing it or a later value, ms, for every covered event. */
  readonly latencies: readonly number[];
  /** Same, only for the shown events. */
  readonly shownLatencies: readonly number[];
  /** Arrival of the first event (they come in arrival order) and the last covering DOM change. */
  readonly firstEventAt: number;
  readonly lastDomAt: number;
}

function byPod(sightings: readonly Sighting[]): Map<string, Sighting[]> {
  const pods = new Map<string, Sighting[]>();
  for (const sighting of sightings) {
    const list = pods.get(sighting.pod);
    if (list) list.push(sighting);
    else pods.set(sighting.pod, [sighting]);
  }
  return pods;
}

/**
 * `events`: the direct watch's value changes in arrival order; `dom`: the table's, in time order, already
 * on the events' clock. DOM values with no matching event (before or after the set) are ignored.
 */
export function matchEvents(events: readonly Sighting[], dom: readonly Sighting[]): Coverage {
  const domByPod = byPod(dom);
  const latencies: number[] = [];
  const shownLatencies: number[] = [];
  let shown = 0;
  let lastDomAt = Number.NaN;
  for (const [pod, podEvents] of byPod(events)) {
    const indexOf = new Map(podEvents.map((event, i) => [event.value, i]));
    let covered = -1;
    for (const change of domByPod.get(pod) ?? []) {
      const index = indexOf.get(change.value);
      if (index === undefined || index <= covered) continue;
      for (let i = covered + 1; i <= index; i++) {
        const event = podEvents[i];
        if (event === undefined) continue;
        latencies.push(change.at - event.at);
        if (i === index) shownLatencies.push(change.at - event.at);
      }
      shown += 1;
      covered = index;
      lastDomAt = Number.isNaN(lastDomAt) ? change.at : Math.max(lastDomAt, change.at);
    }
  }
  return {
    events: events.length,
    shown,
    coalesced: latencies.length - shown,
    lost: events.length - latencies.length,
    latencies,
    shownLatencies,
    firstEventAt: events[0]?.at ?? Number.NaN,
    lastDomAt,
  };
}

/**
 * Event → the same pod and value on the other side (the page receiving the event line), ms, for each event
 * found there; both in the same clock.
 */
export function arrivalLatencies(events: readonly Sighting[], arrivals: readonly Sighting[]): number[] {
  const arrivedAt = new Map<string, number>();
  for (const arrival of arrivals) {
    const key = `${arrival.pod}\u0000${String(arrival.value)}`;
    if (!arrivedAt.has(key)) arrivedAt.set(key, arrival.at);
  }
  return events.flatMap((event) => {
    const at = arrivedAt.get(`${event.pod}\u0000${String(event.value)}`);
    return at === undefined ? [] : [at - event.at];
  });
}
