// Command testcluster is one multi-call binary holding a real Kubernetes control plane built from upstream
// modules (etcd, kube-apiserver, kube-controller-manager, kube-scheduler, kubectl, kwok) plus the `up` and
// `down` commands that run them as separate child processes on 127.0.0.1.
//
// It dispatches on argv[0] (a symlink named kubectl works) or on the first argument.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wheelhouse/wheelhouse/tools/testcluster/internal/cluster"
)

// commands maps a command name to its entry point; each receives argv with argv[0] set to its own name.
var commands = map[string]func(args []string) int{
	"etcd":                    runEtcd,
	"kube-apiserver":          runAPIServer,
	"kube-controller-manager": runControllerManager,
	"kube-scheduler":          runScheduler,
	"kubectl":                 runKubectl,
	"kwok":                    runKwok,
	"up":                      cluster.UpMain,
	"down":                    cluster.DownMain,
	"supervise":               cluster.SuperviseMain,
}

func main() {
	name := filepath.Base(os.Args[0])
	args := os.Args[1:]
	if _, ok := commands[name]; !ok {
		if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
			usage()
			os.Exit(0)
		}
		name, args = args[0], args[1:]
	}
	run, ok := commands[name]
	if !ok {
		fmt.Fprintf(os.Stderr, "testcluster: unknown command %q\n", name)
		usage()
		os.Exit(2)
	}
	// Upstream commands read os.Args themselves (cobra), so present them their own argv.
	os.Args = append([]string{name}, args...)
	os.Exit(run(os.Args))
}

func usage() {
	names := make([]string, 0, len(commands))
	for n := range commands {
		if n != "supervise" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	fmt.Fprintf(os.Stderr, `usage: testcluster COMMAND [ARGS]

  up   --dir DIR [--name NAME] [--nodes N] [--seed]   start a control plane with kwok nodes
  down --dir DIR [--name NAME]                        stop it and remove its state

commands: %s
`, strings.Join(names, ", "))
}
