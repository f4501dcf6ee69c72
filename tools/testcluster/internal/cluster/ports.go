package cluster

import (
	"fmt"
	"net"
)

// freePorts reserves n distinct free loopback ports. The listeners are closed before the ports are used,
// so another process could in theory take one in between; the supervisor fails clearly if that happens.
func freePorts(n int) ([]int, error) {
	listeners := make([]net.Listener, 0, n)
	defer func() {
		for _, l := range listeners {
			_ = l.Close()
		}
	}()
	ports := make([]int, 0, n)
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("find a free port: %w", err)
		}
		listeners = append(listeners, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

func allocatePorts() (Ports, error) {
	p, err := freePorts(7)
	if err != nil {
		return Ports{}, err
	}
	return Ports{
		Etcd: p[0], EtcdPeer: p[1], APIServer: p[2], ControllerManager: p[3],
		Scheduler: p[4], Kwok: p[5], PortForwardTarget: p[6],
	}, nil
}
