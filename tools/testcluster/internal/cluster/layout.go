// Package cluster runs a test control plane: `up` prepares certificates and configuration and starts a
// supervisor process; the supervisor runs every component as a child process of this same binary, bootstraps
// the cluster (RBAC, kwok nodes) and keeps it running until `down`, a signal, or the death of its owner.
package cluster

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// Layout names every file of one cluster under DIR/NAME.
type Layout struct {
	Root string // DIR/NAME
}

func (l Layout) path(parts ...string) string {
	return filepath.Join(append([]string{l.Root}, parts...)...)
}

// Files users and tests read.
func (l Layout) AdminKubeconfig() string  { return l.path("admin.kubeconfig") }
func (l Layout) ViewerKubeconfig() string { return l.path("viewer.kubeconfig") }
func (l Layout) CACert() string           { return l.path("ca.crt") }
func (l Layout) InfoFile() string         { return l.path("cluster.json") }

// Internal state.
func (l Layout) PKI() string                 { return l.path("pki") }
func (l Layout) EtcdData() string            { return l.path("etcd") }
func (l Layout) Logs() string                { return l.path("logs") }
func (l Layout) ComponentConfig() string     { return l.path("config") }
func (l Layout) ReadyFile() string           { return l.path("ready") }
func (l Layout) FailedFile() string          { return l.path("failed") }
func (l Layout) SupervisorPIDFile() string   { return l.path("supervisor.pid") }
func (l Layout) SupervisorLog() string       { return l.path("logs", "supervisor.log") }
func (l Layout) Log(component string) string { return l.path("logs", component+".log") }

// Ports are the loopback ports one cluster listens on.
type Ports struct {
	Etcd              int `json:"etcd"`
	EtcdPeer          int `json:"etcdPeer"`
	APIServer         int `json:"apiServer"`
	ControllerManager int `json:"controllerManager"`
	Scheduler         int `json:"scheduler"`
	Kwok              int `json:"kwok"`
	PortForwardTarget int `json:"portForwardTarget"`
}

// Info is cluster.json: what a client needs to use the cluster and what `down` needs to stop it.
type Info struct {
	Name             string         `json:"name"`
	Server           string         `json:"server"`
	Version          string         `json:"version"`
	Ports            Ports          `json:"ports"`
	SupervisorPID    int            `json:"supervisorPid"`
	PIDs             map[string]int `json:"pids"`
	Executable       string         `json:"executable"`
	AdminKubeconfig  string         `json:"adminKubeconfig"`
	ViewerKubeconfig string         `json:"viewerKubeconfig"`
	ViewerToken      string         `json:"viewerToken"`
	CACert           string         `json:"caCert"`
	Nodes            int            `json:"nodes"`
	Seeded           bool           `json:"seeded"`
	LogsDir          string         `json:"logsDir"`
	// PodLogFile is the file kwok serves as every container's log; the supervisor appends to it.
	PodLogFile string `json:"podLogFile"`
}

// WriteInfo writes cluster.json atomically.
func WriteInfo(l Layout, info *Info) error {
	data, err := json.MarshalIndent(info, "", "  ")
	if err != nil {
		return err
	}
	tmp := l.InfoFile() + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, l.InfoFile())
}

// ReadInfo reads cluster.json.
func ReadInfo(l Layout) (*Info, error) {
	data, err := os.ReadFile(l.InfoFile())
	if err != nil {
		return nil, err
	}
	var info Info
	if err := json.Unmarshal(data, &info); err != nil {
		return nil, err
	}
	return &info, nil
}
