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
      'Dieser Cluster bietet keine metrics.k8s.io-API (metrics-server ist nicht installiert), daher kann die CPU- und Speichernutzung nicht gezeigt werden. Die Anforderungen oben gehen auch ohne.',
    installMetrics:
      'Um die Nutzung im Zeitverlauf zu sehen, installieren Sie metrics-server, zum Beispiel mit:',
    metricsLocalClusters:
      'Bei kind und anderen lokalen Clustern, deren Kubelets selbstsignierte Zertifikate haben, ergänzen Sie --kubelet-insecure-tls in den Argumenten seines Containers (minikube: minikube addons enable metrics-server). Die Diagramme beginnen innerhalb einer Minute.',
    metricsDocs: 'Installation von metrics-server',
    metricsUnavailable:
      'Die metrics.k8s.io-API ist registriert, antwortet aber nicht ({{message}}): metrics-server startet gerade oder schlägt fehl. Prüfen Sie seinen Pod mit kubectl -n kube-system get pods -l k8s-app=metrics-server.',
    metricsFailed: 'Metriken konnten nicht gelesen werden: {{message}}',
    cores: 'Kerne',
    allocatable: 'zuteilbar {{value}}',
    now: 'jetzt',
    minutesAgo: '−{{minutes}} Min.',
    collecting: 'Messwerte werden gesammelt… (einer alle {{seconds}} s)',
    chartValue: '{{time}}: {{value}} von {{capacity}} ({{percent}} %)',
    chartSummary:
      '{{resource}} in Benutzung in den letzten {{minutes}} Min.: jetzt {{current}} von {{capacity}} zuteilbar ({{percent}} %), niedrigster Wert {{min}}, höchster {{max}}.',
    chartHint: 'Mit den Pfeiltasten links und rechts, Pos1 und Ende gehen Sie durch die Messwerte.',
    warnings: 'Aktuelle Warnungen (live)',
    noWarnings: 'Keine Warnungen. Neue erscheinen hier, sobald sie auftreten.',
    forbidden: 'Sie dürfen das nicht lesen: {{message}}',
    failed: 'Laden fehlgeschlagen: {{message}}',
  },
};
