package cluster

import (
	"fmt"
	"strings"

	nodefast "sigs.k8s.io/kwok/kustomize/stage/node/fast"
	nodeheartbeat "sigs.k8s.io/kwok/kustomize/stage/node/heartbeat-with-lease"
	podfast "sigs.k8s.io/kwok/kustomize/stage/pod/fast"
)

// kwokNodeAnnotation marks the Node objects kwok manages.
const kwokNodeAnnotation = "kwok.x-k8s.io/node"

// kwokConfig is kwok's --config file: the upstream node and pod stages (taken from the kwok module, not
// copied), plus the simulated kubelet endpoints: every container's log is the supervisor's pod log file,
// exec runs the command on this machine in a scratch directory, and port-forwards reach a small local
// HTTP server the supervisor runs.
func kwokConfig(l Layout, ports Ports) string {
	docs := []string{
		nodefast.DefaultNodeInit,
		nodeheartbeat.DefaultNodeHeartbeatWithLease,
		podfast.DefaultPodReady,
		podfast.DefaultPodComplete,
		podfast.DefaultPodDelete,
		fmt.Sprintf(`apiVersion: kwok.x-k8s.io/v1alpha1
kind: ClusterLogs
metadata:
  name: all-containers
spec:
  logs:
  - logsFile: %[1]q
    previousLogsFile: %[1]q
    follow: true
`, l.path("pod.log")),
		fmt.Sprintf(`apiVersion: kwok.x-k8s.io/v1alpha1
kind: ClusterAttach
metadata:
  name: all-containers
spec:
  attaches:
  - logsFile: %q
`, l.path("pod.log")),
		fmt.Sprintf(`apiVersion: kwok.x-k8s.io/v1alpha1
kind: ClusterExec
metadata:
  name: all-containers
spec:
  execs:
  - local:
      workDir: %q
      envs:
      - name: WHEELHOUSE_TESTCLUSTER
        value: "true"
`, l.path("exec")),
		fmt.Sprintf(`apiVersion: kwok.x-k8s.io/v1alpha1
kind: ClusterPortForward
metadata:
  name: all-ports
spec:
  forwards:
  - target:
      port: %d
      address: 127.0.0.1
`, ports.PortForwardTarget),
	}
	for i, d := range docs {
		docs[i] = strings.TrimSpace(d)
	}
	return strings.Join(docs, "\n---\n") + "\n"
}
