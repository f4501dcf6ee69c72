package main

import (
	"go.etcd.io/etcd/server/v3/etcdmain"
	"k8s.io/component-base/cli"
	"k8s.io/component-base/logs"
	kubectlcmd "k8s.io/kubectl/pkg/cmd"
	kubectlutil "k8s.io/kubectl/pkg/cmd/util"
	apiserver "k8s.io/kubernetes/cmd/kube-apiserver/app"
	controllermanager "k8s.io/kubernetes/cmd/kube-controller-manager/app"
	scheduler "k8s.io/kubernetes/cmd/kube-scheduler/app"

	_ "k8s.io/component-base/logs/json/register"
	_ "k8s.io/component-base/metrics/prometheus/clientgo"
	_ "k8s.io/component-base/metrics/prometheus/version"
	_ "time/tzdata" // CronJob time zones
)

// Each function mirrors the upstream command's own main().

func runEtcd(args []string) int {
	etcdmain.Main(args)
	return 0
}

func runAPIServer([]string) int { return cli.Run(apiserver.NewAPIServerCommand()) }

func runControllerManager([]string) int {
	return cli.Run(controllermanager.NewControllerManagerCommand())
}

func runScheduler([]string) int { return cli.Run(scheduler.NewSchedulerCommand()) }

func runKubectl(args []string) int {
	logs.GlogSetter(kubectlcmd.GetLogVerbosity(args)) //nolint:errcheck
	if err := cli.RunNoErrOutput(kubectlcmd.NewDefaultKubectlCommand()); err != nil {
		kubectlutil.CheckErr(err)
	}
	return 0
}
