package cluster

import (
	"fmt"
	"path/filepath"
	"strconv"
)

// component is one upstream program run as a child process of this binary.
type component struct {
	name string
	args []string
}

// components returns the control plane in start order.
func components(l Layout, ports Ports, m *material) (etcd component, rest []component) {
	etcdURL := fmt.Sprintf("http://127.0.0.1:%d", ports.Etcd)
	peerURL := fmt.Sprintf("http://127.0.0.1:%d", ports.EtcdPeer)
	etcd = component{"etcd", []string{
		"--name=default",
		"--data-dir=" + l.EtcdData(),
		"--listen-client-urls=" + etcdURL,
		"--advertise-client-urls=" + etcdURL,
		"--listen-peer-urls=" + peerURL,
		"--initial-advertise-peer-urls=" + peerURL,
		"--initial-cluster=default=" + peerURL,
		"--unsafe-no-fsync=true", // test data: speed over durability
		"--log-level=warn",
	}}
	cm := m.controllerManagerConfig
	rest = []component{
		{"kube-apiserver", []string{
			"--etcd-servers=" + etcdURL,
			"--bind-address=127.0.0.1",
			"--advertise-address=127.0.0.1",
			"--secure-port=" + strconv.Itoa(ports.APIServer),
			"--cert-dir=" + l.PKI(),
			"--tls-cert-file=" + m.serverCert,
			"--tls-private-key-file=" + m.serverKey,
			"--client-ca-file=" + l.CACert(),
			"--authorization-mode=Node,RBAC",
			"--token-auth-file=" + m.tokenFile,
			"--service-account-issuer=https://kubernetes.default.svc.cluster.local",
			"--service-account-key-file=" + m.saPub,
			"--service-account-signing-key-file=" + m.saKey,
			"--service-cluster-ip-range=10.96.0.0/16",
			"--endpoint-reconciler-type=none",
			"--kubelet-client-certificate=" + m.kubeletClientCert,
			"--kubelet-client-key=" + m.kubeletClientKey,
			"--allow-privileged=true",
			"--profiling=false",
			"--v=0",
		}},
		{"kube-controller-manager", []string{
			"--kubeconfig=" + cm,
			"--authentication-kubeconfig=" + cm,
			"--authorization-kubeconfig=" + cm,
			"--bind-address=127.0.0.1",
			"--secure-port=" + strconv.Itoa(ports.ControllerManager),
			"--leader-elect=false",
			"--use-service-account-credentials=true",
			"--service-account-private-key-file=" + m.saKey,
			"--root-ca-file=" + l.CACert(),
			"--cluster-signing-cert-file=" + l.CACert(),
			"--cluster-signing-key-file=" + filepath.Join(l.PKI(), "ca-signing.key"),
			"--controllers=*,-nodeipam,-cloud-node-lifecycle,-service-lb-controller,-node-route-controller",
			"--profiling=false",
		}},
		{"kube-scheduler", []string{
			"--kubeconfig=" + m.schedulerConfig,
			"--authentication-kubeconfig=" + m.schedulerConfig,
			"--authorization-kubeconfig=" + m.schedulerConfig,
			"--bind-address=127.0.0.1",
			"--secure-port=" + strconv.Itoa(ports.Scheduler),
			"--leader-elect=false",
			"--profiling=false",
		}},
		{"kwok", []string{
			"--kubeconfig=" + m.kwokKubeconfig,
			"--config=" + m.kwokStage,
			"--manage-all-nodes=false",
			"--manage-nodes-with-annotation-selector=" + kwokNodeAnnotation + "=fake",
			"--node-ip=127.0.0.1",
			"--node-port=" + strconv.Itoa(ports.Kwok),
			"--server-address=127.0.0.1:" + strconv.Itoa(ports.Kwok),
			"--tls-cert-file=" + m.kwokCert,
			"--tls-private-key-file=" + m.kwokKey,
			"--cidr=10.244.0.1/16",
			"--node-lease-duration-seconds=40",
		}},
	}
	return etcd, rest
}
