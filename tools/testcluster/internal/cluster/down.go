package cluster

import (
	"fmt"
	"os"
)

// DownMain stops a cluster and removes its state. Stopping a cluster that is not running is not an error.
func DownMain(args []string) int {
	opts, err := parseOptions("down", args, false, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	l := opts.Layout()
	if _, err := os.Stat(l.Root); os.IsNotExist(err) {
		fmt.Printf("cluster %q is not running\n", opts.Name)
		return 0
	}
	if err := cleanup(l); err != nil {
		fmt.Fprintln(os.Stderr, "testcluster down:", err)
		return 1
	}
	if left := processesUsing(l.Root); len(left) > 0 {
		fmt.Fprintf(os.Stderr, "testcluster down: processes still running: %v\n", left)
		return 1
	}
	fmt.Printf("cluster %q stopped and removed\n", opts.Name)
	return 0
}
