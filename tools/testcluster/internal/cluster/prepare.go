package cluster

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"os"
	"path/filepath"

	"k8s.io/client-go/tools/clientcmd"
	clientcmdapi "k8s.io/client-go/tools/clientcmd/api"

	"github.com/wheelhouse/wheelhouse/tools/testcluster/internal/pki"
)

// ViewerUser is the bearer-token user bound only to the built-in `view` ClusterRole.
const ViewerUser = "viewer"

// material is everything `prepare` generated that the supervisor needs to start the components.
type material struct {
	serverCert, serverKey     string
	kubeletClientCert         string
	kubeletClientKey          string
	kwokCert, kwokKey         string
	saKey, saPub              string
	tokenFile                 string
	controllerManagerConfig   string
	schedulerConfig           string
	kwokKubeconfig, kwokStage string
	viewerToken               string
}

// prepare creates the PKI, the kubeconfig files and the component configuration of one cluster.
func prepare(l Layout, name string, ports Ports) (*material, error) {
	for _, dir := range []string{l.PKI(), l.EtcdData(), l.Logs(), l.ComponentConfig()} {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, err
		}
	}
	ca, err := pki.NewCA(name + "-ca")
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(l.CACert(), ca.CertPEM, 0o644); err != nil {
		return nil, err
	}
	caKey, err := ca.KeyPEM()
	if err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(l.PKI(), "ca-signing.key"), caKey, 0o600); err != nil {
		return nil, err
	}
	m := &material{}
	serving, err := ca.ServerCert("kube-apiserver",
		[]string{"localhost", "kubernetes", "kubernetes.default", "kubernetes.default.svc"},
		[]net.IP{net.ParseIP("127.0.0.1"), net.ParseIP("10.96.0.1")})
	if err != nil {
		return nil, err
	}
	if m.serverCert, m.serverKey, err = serving.Write(l.PKI(), "apiserver"); err != nil {
		return nil, err
	}
	kubeletServing, err := ca.ServerCert("kwok-kubelet", []string{"localhost"}, []net.IP{net.ParseIP("127.0.0.1")})
	if err != nil {
		return nil, err
	}
	if m.kwokCert, m.kwokKey, err = kubeletServing.Write(l.PKI(), "kwok-serving"); err != nil {
		return nil, err
	}
	kubeletClient, err := ca.ClientCert("kube-apiserver-kubelet-client", "system:masters")
	if err != nil {
		return nil, err
	}
	if m.kubeletClientCert, m.kubeletClientKey, err = kubeletClient.Write(l.PKI(), "apiserver-kubelet-client"); err != nil {
		return nil, err
	}
	saPriv, saPub, err := pki.ServiceAccountKeys()
	if err != nil {
		return nil, err
	}
	m.saKey, m.saPub = filepath.Join(l.PKI(), "sa.key"), filepath.Join(l.PKI(), "sa.pub")
	if err := os.WriteFile(m.saKey, saPriv, 0o600); err != nil {
		return nil, err
	}
	if err := os.WriteFile(m.saPub, saPub, 0o644); err != nil {
		return nil, err
	}
	if err := writeKubeconfigs(l, name, ports, ca, m); err != nil {
		return nil, err
	}
	m.kwokStage = filepath.Join(l.ComponentConfig(), "kwok.yaml")
	if err := os.WriteFile(m.kwokStage, []byte(kwokConfig(l, ports)), 0o644); err != nil {
		return nil, err
	}
	return m, nil
}

func writeKubeconfigs(l Layout, name string, ports Ports, ca *pki.CA, m *material) error {
	server := fmt.Sprintf("https://127.0.0.1:%d", ports.APIServer)
	clients := []struct {
		path, user string
		groups     []string
	}{
		{l.AdminKubeconfig(), "admin", []string{"system:masters"}},
		{filepath.Join(l.ComponentConfig(), "controller-manager.kubeconfig"), "system:kube-controller-manager", nil},
		{filepath.Join(l.ComponentConfig(), "scheduler.kubeconfig"), "system:kube-scheduler", nil},
		{filepath.Join(l.ComponentConfig(), "kwok.kubeconfig"), "kwok-controller", []string{"system:masters"}},
	}
	for _, c := range clients {
		kp, err := ca.ClientCert(c.user, c.groups...)
		if err != nil {
			return err
		}
		auth := &clientcmdapi.AuthInfo{ClientCertificateData: kp.CertPEM, ClientKeyData: kp.KeyPEM}
		if err := writeKubeconfig(c.path, name, c.user, server, ca.CertPEM, auth); err != nil {
			return err
		}
	}
	m.controllerManagerConfig = clients[1].path
	m.schedulerConfig = clients[2].path
	m.kwokKubeconfig = clients[3].path

	token := make([]byte, 24)
	if _, err := rand.Read(token); err != nil {
		return err
	}
	m.viewerToken = hex.EncodeToString(token)
	m.tokenFile = filepath.Join(l.PKI(), "tokens.csv")
	line := fmt.Sprintf("%s,%s,%s\n", m.viewerToken, ViewerUser, ViewerUser)
	if err := os.WriteFile(m.tokenFile, []byte(line), 0o600); err != nil {
		return err
	}
	return writeKubeconfig(l.ViewerKubeconfig(), name, ViewerUser, server, ca.CertPEM,
		&clientcmdapi.AuthInfo{Token: m.viewerToken})
}

// writeKubeconfig writes a single-context kubeconfig whose context and cluster are named after the cluster.
// The user entry is named CLUSTER-USER so that several clusters' files merge (KUBECONFIG=a:b) without one
// cluster's credentials shadowing another's: kubectl's merge keeps the first entry of each name.
func writeKubeconfig(path, cluster, user, server string, caPEM []byte, auth *clientcmdapi.AuthInfo) error {
	cfg := clientcmdapi.NewConfig()
	cfg.Clusters[cluster] = &clientcmdapi.Cluster{Server: server, CertificateAuthorityData: caPEM}
	userEntry := cluster + "-" + sanitizeUser(user)
	cfg.AuthInfos[userEntry] = auth
	context := cluster
	if user != "admin" {
		context = userEntry
	}
	cfg.Contexts[context] = &clientcmdapi.Context{Cluster: cluster, AuthInfo: userEntry}
	cfg.CurrentContext = context
	return clientcmd.WriteToFile(*cfg, path)
}

func sanitizeUser(user string) string {
	out := []rune{}
	for _, r := range user {
		if r == ':' {
			r = '-'
		}
		out = append(out, r)
	}
	return string(out)
}
