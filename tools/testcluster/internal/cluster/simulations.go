package cluster

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"
)

// startSimulations starts what kwok's simulated kubelet points at: a log file that grows by a line a second
// (every container's log; `kubectl logs -f` follows it), a scratch directory for exec, and a small HTTP
// server that port-forwards reach.
func startSimulations(ctx context.Context, l Layout, ports Ports) error {
	if err := os.MkdirAll(l.path("exec"), 0o755); err != nil {
		return err
	}
	logFile, err := os.OpenFile(l.path("pod.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	go writePodLog(ctx, logFile)
	listener, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", ports.PortForwardTarget))
	if err != nil {
		return fmt.Errorf("port-forward target: %w", err)
	}
	server := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			_, _ = fmt.Fprintf(w, "hello from the testcluster port-forward target: %s %s\n", r.Method, r.URL.Path)
		}),
		ReadHeaderTimeout: 5 * time.Second,
	}
	go func() { _ = server.Serve(listener) }()
	go func() {
		<-ctx.Done()
		_ = server.Close()
	}()
	return nil
}

// writePodLog appends realistic application log lines, some with ANSI colours, one per second, in the CRI
// log format kwok serves (`TIME STREAM F MESSAGE`).
func writePodLog(ctx context.Context, f *os.File) {
	defer func() { _ = f.Close() }()
	paths := []string{"/", "/api/items", "/healthz", "/api/cart", "/login"}
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for i := 0; ; i++ {
		now := time.Now().UTC().Format(time.RFC3339Nano)
		line := fmt.Sprintf("%s stdout F INFO request handled method=GET path=%s status=200 duration_ms=%d seq=%d\n",
			now, paths[i%len(paths)], 3+i%17, i)
		if i%7 == 6 {
			line = fmt.Sprintf("%s stderr F \x1b[33mWARN\x1b[0m slow upstream response upstream=db duration_ms=%d seq=%d\n",
				now, 480+i%90, i)
		}
		_, _ = f.WriteString(line)
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
	}
}
