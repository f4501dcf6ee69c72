package cluster

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"strconv"
	"syscall"
	"time"
)

const k8sVersionFallback = "unknown"

// SuperviseMain runs one cluster in the foreground until SIGTERM/SIGINT, the owner's death, or a component's
// crash. `up` starts it in the background; it reports success by writing the ready file.
func SuperviseMain(args []string) int {
	// Pdeathsig is bound to the thread that forked the child: keep all forks on this (never exiting) thread.
	runtime.LockOSThread()
	opts, err := parseOptions("supervise", args, true, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	l := opts.Layout()
	s := &supervisor{layout: l, opts: opts}
	if err := s.run(); err != nil {
		fmt.Fprintln(os.Stderr, "testcluster:", err)
		_ = os.WriteFile(l.FailedFile(), []byte(err.Error()+"\n"), 0o644)
		s.stopAll()
		return 1
	}
	return 0
}

type supervisor struct {
	layout Layout
	opts   Options
	procs  []*process
}

func (s *supervisor) run() error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	ports, err := allocatePorts()
	if err != nil {
		return err
	}
	m, err := prepare(s.layout, s.opts.Name, ports)
	if err != nil {
		return fmt.Errorf("prepare certificates and configuration: %w", err)
	}
	ctx, cancel := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	defer cancel()
	ctx, stopSims := context.WithCancel(ctx)
	defer stopSims()
	if err := startSimulations(ctx, s.layout, ports); err != nil {
		return err
	}
	if err := s.startControlPlane(ctx, exe, ports, m); err != nil {
		return err
	}
	client, err := adminClient(s.layout)
	if err != nil {
		return err
	}
	if err := bootstrap(ctx, client, s.opts.Nodes); err != nil {
		return fmt.Errorf("bootstrap: %w", err)
	}
	if s.opts.Seed {
		if err := seed(ctx, exe, s.layout); err != nil {
			return fmt.Errorf("seed: %w", err)
		}
	}
	info := s.info(exe, ports, m, serverVersion(client))
	if err := WriteInfo(s.layout, info); err != nil {
		return err
	}
	if err := os.WriteFile(s.layout.ReadyFile(), []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644); err != nil {
		return err
	}
	reason := s.wait(ctx)
	fmt.Fprintln(os.Stderr, "testcluster: stopping:", reason)
	s.stopAll()
	return nil
}

func (s *supervisor) startControlPlane(ctx context.Context, exe string, ports Ports, m *material) error {
	etcd, rest := components(s.layout, ports, m)
	if err := s.start(exe, etcd); err != nil {
		return err
	}
	if err := waitEtcd(ctx, ports.Etcd, s.procs[0]); err != nil {
		return s.explain(err, "etcd")
	}
	if err := s.start(exe, rest[0]); err != nil {
		return err
	}
	if err := waitAPIServer(ctx, s.layout, s.procs[1]); err != nil {
		return s.explain(err, "kube-apiserver")
	}
	for _, c := range rest[1:] {
		if err := s.start(exe, c); err != nil {
			return err
		}
	}
	return nil
}

func (s *supervisor) start(exe string, c component) error {
	p, err := startProcess(exe, c.name, s.layout.Log(c.name), c.args)
	if err != nil {
		return err
	}
	s.procs = append(s.procs, p)
	return nil
}

// explain adds the tail of a component's log to a start-up error.
func (s *supervisor) explain(err error, name string) error {
	return fmt.Errorf("%s did not become ready: %w\n--- last lines of %s ---\n%s",
		name, err, s.layout.Log(name), tail(s.layout.Log(name), 15))
}

// wait blocks until the cluster must stop and says why.
func (s *supervisor) wait(ctx context.Context) string {
	crashed := make(chan string, len(s.procs))
	for _, p := range s.procs {
		go func() {
			<-p.done
			crashed <- fmt.Sprintf("%s exited unexpectedly (%v); see %s", p.name, p.err, s.layout.Log(p.name))
		}()
	}
	owner := time.NewTicker(time.Second)
	defer owner.Stop()
	for {
		select {
		case <-ctx.Done():
			return "signal received"
		case why := <-crashed:
			_ = os.WriteFile(s.layout.FailedFile(), []byte(why+"\n"), 0o644)
			return why
		case <-owner.C:
			if s.opts.OwnerPID > 0 && !processAlive(s.opts.OwnerPID) {
				return fmt.Sprintf("owner process %d exited", s.opts.OwnerPID)
			}
		}
	}
}

// stopAll stops components in reverse start order.
func (s *supervisor) stopAll() {
	for i := len(s.procs) - 1; i >= 0; i-- {
		s.procs[i].stop(10 * time.Second)
	}
}

func (s *supervisor) info(exe string, ports Ports, m *material, version string) *Info {
	pids := map[string]int{}
	for _, p := range s.procs {
		pids[p.name] = p.cmd.Process.Pid
	}
	return &Info{
		Name:             s.opts.Name,
		Server:           fmt.Sprintf("https://127.0.0.1:%d", ports.APIServer),
		Version:          version,
		Ports:            ports,
		SupervisorPID:    os.Getpid(),
		PIDs:             pids,
		Executable:       exe,
		AdminKubeconfig:  s.layout.AdminKubeconfig(),
		ViewerKubeconfig: s.layout.ViewerKubeconfig(),
		ViewerToken:      m.viewerToken,
		CACert:           s.layout.CACert(),
		Nodes:            s.opts.Nodes,
		Seeded:           s.opts.Seed,
		LogsDir:          s.layout.Logs(),
		PodLogFile:       s.layout.path("pod.log"),
	}
}
