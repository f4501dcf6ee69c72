import type { Messages } from '../../../app/locales/en.ts';
import type { overviewEn } from './en.ts';

/** German strings of the cluster overview. */
export const overviewDe: Messages<typeof overviewEn> = {
  overview: {
    nodes: 'Nodes',
    nodesReady: '{{ready}} von {{total}} bereit',
    cordoned_one: '{{count}} abgesperrt',
    cordoned_other: '{{count}} abgesperrt',
    name: 'Name',
    status: 'Status',
    actions: 'Aktionen',
    kind: 'Art',
    ready: 'Bereit',
    notReady: 'Nicht bereit',
    schedulingDisabled: 'Einplanung gesperrt',
    pods: 'Pods',
    podsNotReady_one: '{{count}} läuft, ist aber nicht bereit',
    podsNotReady_other: '{{count}} laufen, sind aber nicht bereit',
    crashLooping_one: '{{count}} stürzt wiederholt ab',
    crashLooping_other: '{{count}} stürzen wiederholt ab',
    workloads: 'Workloads nicht im gewünschten Zustand',
    allWorkloadsReady: 'Alle Deployments, StatefulSets und DaemonSets haben alle Replikate bereit.',
    readyOfDesired: 'Bereit / gewünscht',
    capacity: 'CPU und Speicher',
    requested: 'Von Pods angefordert, vom Zuteilbaren',
    inUse: 'In Benutzung (metrics-server)',
    cpu: 'CPU',
    memory: 'Speicher',
    cpuRequested: 'CPU angefordert',
    memoryRequested: 'Speicher angefordert',
    cpuUsed: 'CPU in Benutzung',
    memoryUsed: 'Speicher in Benutzung',
    perNode: 'Pro Node',
    noMetrics:
      'Dieser Cluster bietet keine metrics.k8s.io-API, daher kann die aktuelle CPU- und Speichernutzung nicht gezeigt werden. Installieren Sie metrics-server; die Anforderungen oben gehen auch ohne.',
    metricsFailed: 'Metriken konnten nicht gelesen werden: {{message}}',
    warnings: 'Aktuelle Warnungen (live)',
    noWarnings: 'Keine Warnungen. Neue erscheinen hier, sobald sie auftreten.',
    forbidden: 'Sie dürfen das nicht lesen: {{message}}',
    failed: 'Laden fehlgeschlagen: {{message}}',
  },
};
