package cluster

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

var (
	//go:embed seed/crd.yaml
	seedCRD string
	//go:embed seed/sample.yaml
	seedSample string
)

// seed applies a realistic sample with the cluster's own kubectl: namespaces, workloads of every kind,
// services, config, RBAC, a CRD with custom resources and warning events.
func seed(ctx context.Context, exe string, l Layout) error {
	dir := l.ComponentConfig()
	crd, sample := filepath.Join(dir, "seed-crd.yaml"), filepath.Join(dir, "seed-sample.yaml")
	if err := os.WriteFile(crd, []byte(seedCRD), 0o644); err != nil {
		return err
	}
	now := time.Now().UTC().Format(time.RFC3339)
	if err := os.WriteFile(sample, []byte(strings.ReplaceAll(seedSample, "{{NOW}}", now)), 0o644); err != nil {
		return err
	}
	steps := [][]string{
		{"apply", "--server-side", "-f", crd},
		{"wait", "--for=condition=Established", "--timeout=60s", "crd/widgets.example.wheelhouse.dev"},
		{"apply", "--server-side", "-f", sample},
	}
	for _, step := range steps {
		if err := kubectl(ctx, exe, l, step...); err != nil {
			return err
		}
	}
	return nil
}

func kubectl(ctx context.Context, exe string, l Layout, args ...string) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, append([]string{"kubectl", "--kubeconfig=" + l.AdminKubeconfig()}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("kubectl %v: %w\n%s", args, err, out)
	}
	return nil
}
