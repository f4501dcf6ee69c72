package cluster

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// upTimeout bounds the whole start-up; a warm start takes well under it.
const upTimeout = 4 * time.Minute

// UpMain starts a cluster in the background and returns once it is usable.
func UpMain(args []string) int {
	opts, err := parseOptions("up", args, true, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	started := time.Now()
	info, err := up(opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testcluster up:", err)
		return 1
	}
	fmt.Printf("cluster %q is up in %.1fs: %s (Kubernetes %s, %d nodes%s)\n", info.Name, time.Since(started).Seconds(),
		info.Server, info.Version, info.Nodes, map[bool]string{true: ", seeded", false: ""}[info.Seeded])
	fmt.Printf("  admin:  KUBECONFIG=%s\n  viewer: KUBECONFIG=%s\n  info:   %s\n",
		info.AdminKubeconfig, info.ViewerKubeconfig, opts.Layout().InfoFile())
	return 0
}

func up(opts Options) (*Info, error) {
	l := opts.Layout()
	if err := cleanup(l); err != nil {
		return nil, fmt.Errorf("clean up a previous run in %s: %w", l.Root, err)
	}
	if err := os.MkdirAll(l.Logs(), 0o700); err != nil {
		return nil, err
	}
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	logFile, err := os.Create(l.SupervisorLog())
	if err != nil {
		return nil, err
	}
	defer func() { _ = logFile.Close() }()
	cmd := exec.Command(exe, "supervise", "--dir="+opts.Dir, "--name="+opts.Name,
		"--nodes="+strconv.Itoa(opts.Nodes), "--seed="+strconv.FormatBool(opts.Seed),
		"--owner-pid="+strconv.Itoa(opts.OwnerPID))
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true} // outlives `up`, not `down` or its owner
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	if err := os.WriteFile(l.SupervisorPIDFile(), []byte(strconv.Itoa(cmd.Process.Pid)), 0o644); err != nil {
		return nil, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	if err := waitReady(l, exited); err != nil {
		// Stop what runs but keep the directory: its logs explain the failure. The next `up` removes it.
		killAll(processesUsing(l.Root), 5*time.Second)
		return nil, fmt.Errorf("%w\nlogs: %s", err, l.Logs())
	}
	return ReadInfo(l)
}

// waitReady waits for the supervisor's ready or failed file.
func waitReady(l Layout, exited <-chan error) error {
	deadline := time.After(upTimeout)
	for {
		if _, err := os.Stat(l.ReadyFile()); err == nil {
			return nil
		}
		if msg, err := os.ReadFile(l.FailedFile()); err == nil {
			return errors.New(string(msg))
		}
		select {
		case err := <-exited:
			if msg, rerr := os.ReadFile(l.FailedFile()); rerr == nil {
				return errors.New(string(msg))
			}
			return fmt.Errorf("supervisor exited (%v) before the cluster was ready:\n%s", err, tail(l.SupervisorLog(), 20))
		case <-deadline:
			return fmt.Errorf("not ready after %s; logs in %s:\n%s", upTimeout, l.Logs(), tail(l.SupervisorLog(), 20))
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// cleanup stops every process of a previous run of this cluster and removes its directory.
func cleanup(l Layout) error {
	if pid := supervisorPID(l); pid > 0 {
		_ = syscall.Kill(pid, syscall.SIGTERM)
		waitGone([]int{pid}, 20*time.Second)
		_ = syscall.Kill(pid, syscall.SIGKILL) // its components die with it (Pdeathsig)
	}
	killAll(processesUsing(l.Root), 5*time.Second)
	return os.RemoveAll(l.Root)
}

func waitGone(pids []int, timeout time.Duration) {
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		alive := false
		for _, pid := range pids {
			alive = alive || processAlive(pid)
		}
		if !alive {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// supervisorPID returns the PID of this cluster's running supervisor, or 0.
func supervisorPID(l Layout) int {
	data, err := os.ReadFile(l.SupervisorPIDFile())
	if err != nil {
		return 0
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
	if err != nil || !processAlive(pid) {
		return 0
	}
	cmdline, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/cmdline")
	if err != nil || !strings.Contains(string(cmdline), "supervise") {
		return 0 // the PID was reused by something else
	}
	return pid
}
