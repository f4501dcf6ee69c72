package cluster

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
)

// Options are the flags shared by up, down and supervise.
type Options struct {
	Dir      string
	Name     string
	Nodes    int
	Seed     bool
	OwnerPID int
}

var validName = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$`)

// parseOptions parses args for the named command; withStart adds the flags only starting needs.
func parseOptions(command string, args []string, withStart bool, stderr io.Writer) (Options, error) {
	var o Options
	fs := flag.NewFlagSet(command, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.Dir, "dir", "", "directory holding clusters (required)")
	fs.StringVar(&o.Name, "name", "dev", "cluster name: lowercase letters, digits and '-'")
	if withStart {
		fs.IntVar(&o.Nodes, "nodes", 2, "number of kwok nodes")
		fs.BoolVar(&o.Seed, "seed", false, "create sample workloads, config, CRDs and events")
		fs.IntVar(&o.OwnerPID, "owner-pid", 0, "stop the cluster when this process exits (0: run until down)")
	}
	if err := fs.Parse(args[1:]); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("%s: unexpected argument %q", command, fs.Arg(0))
	}
	if o.Dir == "" {
		return o, errors.New(command + ": --dir is required")
	}
	if !validName.MatchString(o.Name) {
		return o, fmt.Errorf("%s: --name %q must be 1-40 lowercase letters, digits or '-'", command, o.Name)
	}
	if withStart && (o.Nodes < 0 || o.Nodes > 1000) {
		return o, fmt.Errorf("%s: --nodes must be between 0 and 1000, got %d", command, o.Nodes)
	}
	abs, err := filepath.Abs(o.Dir)
	if err != nil {
		return o, err
	}
	o.Dir = abs
	return o, nil
}

// Layout returns the cluster's directory layout.
func (o Options) Layout() Layout { return Layout{Root: filepath.Join(o.Dir, o.Name)} }
