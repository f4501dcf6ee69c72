/**
 * Composition root: the only place that wires concrete parts together. Parses the configuration, builds
 * the cluster sources, registry and app, listens, prints the login URL, and shuts down on SIGINT/SIGTERM.
 */
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createApp } from './app.ts';
import { ClusterRegistry } from './clusters/cluster-registry.ts';
import { IN_CLUSTER_SOURCE_ID, startInClusterSource } from './clusters/in-cluster-source.ts';
import { ClusterStore } from './clusters/cluster-store.ts';
import { createDynamicClusters } from './clusters/dynamic-clusters.ts';
import { DYNAMIC_SOURCE_ID } from './clusters/dynamic-source.ts';
import { KubeconfigSource } from './clusters/kubeconfig-source.ts';
import { ReachabilityMonitor } from './clusters/reachability.ts';
import { formatConfigError, parseServerConfig } from './config/server-config.ts';
import type { ServerConfig } from './config/server-config.ts';
import { serverUsage } from './config/server-flags.ts';
import { clientBaseUrl } from './kubeconfig-command.ts';
import { createLogger } from './logging.ts';
import { openBrowser } from './open-browser.ts';
import { createPluginCatalog } from './plugins/create-plugin-catalog.ts';
import { registerKubeProxy } from './proxy/register-kube-proxy.ts';
import { createSessionToken } from './security/session-token.ts';
import type { SessionToken } from './security/session-token.ts';

/** I/O and optional parts of {@link main}. */
export interface MainOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly stdout?: (text: string) => void;
  readonly stderr?: (text: string) => void;
}

/** A started server. */
export interface RunningServer {
  readonly app: FastifyInstance;
  readonly url: string;
  /** Stops sources and closes the server (idempotent). */
  close(): Promise<void>;
}

/** Runs the server. Returns an exit code when it does not start (2: bad flags, 0: --help, 1: failure). */
export async function main(
  argv: readonly string[],
  options: MainOptions = {},
): Promise<RunningServer | number> {
  const env = options.env ?? process.env;
  const stdout = options.stdout ?? ((text: string) => process.stdout.write(text));
  const stderr = options.stderr ?? ((text: string) => process.stderr.write(text));
  const parsed = parseServerConfig(argv, env, { homedir: os.homedir(), platform: process.platform });
  if (parsed.help) {
    stdout(`${serverUsage()}\n`);
    return 0;
  }
  if (parsed.value === undefined) {
    for (const error of parsed.errors) stderr(`${formatConfigError(error)}\n`);
    return 2;
  }
  const config = parsed.value;
  const logger = createLogger({ level: config.logLevel });
  const registry = new ClusterRegistry({
    onListenerError: (error) => {
      logger.error({ err: error }, 'registry listener failed');
    },
  });
  const kubeconfig =
    config.kubeconfigPaths.length === 0
      ? undefined
      : new KubeconfigSource({ paths: config.kubeconfigPaths, registry, logger });
  if (config.mode === 'in-cluster') registry.declareSource(IN_CLUSTER_SOURCE_ID);
  const dynamicClusters = createDynamicClusters({
    config,
    registry,
    store: new ClusterStore({ file: path.join(config.configDir, 'clusters.yaml') }),
    logger,
  });
  if (dynamicClusters.dynamic !== undefined) registry.declareSource(DYNAMIC_SOURCE_ID);
  const reachability = new ReachabilityMonitor({ registry });
  const sessionToken = config.mode === 'local' ? createSessionToken(config.token) : undefined;
  const app = createApp({
    config,
    registry,
    sessionToken,
    logger,
    reachability,
    registerKubeProxy,
    dynamicClusters,
    plugins: createPluginCatalog(config, {
      watch: config.mode === 'local',
      onError: (error) => {
        logger.warn({ err: error }, 'plugin rescan failed');
      },
    }),
  });
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    stderr(`wheelhouse: cannot listen on ${config.host}:${config.port}${code === '' ? '' : ` (${code})`}\n`);
    return 1;
  }
  const url = clientBaseUrl(config.host, (app.server.address() as AddressInfo).port, config.baseUrl);
  await Promise.all([
    // Kubeconfig names win: clusters.yaml is loaded once the kubeconfig files are in.
    kubeconfig?.start().then(() => dynamicClusters.dynamic?.start()) ?? dynamicClusters.dynamic?.start(),
    config.mode === 'in-cluster'
      ? startInClusterSource(registry, {
          dir: config.inClusterDir,
          env,
          unsafeUseServiceAccountToken: config.unsafeUseServiceAccountToken,
        })
      : undefined,
  ]);
  announce(config, url, sessionToken, stdout, logger);
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      kubeconfig?.close();
      reachability.close();
      await app.close();
    })();
    return closing;
  };
  installSignalHandlers(close, logger);
  return { app, url, close };
}

function announce(
  config: ServerConfig,
  url: string,
  sessionToken: SessionToken | undefined,
  stdout: (text: string) => void,
  logger: ReturnType<typeof createLogger>,
): void {
  if (sessionToken === undefined) {
    stdout(`Wheelhouse (in-cluster) is listening on ${url}/\n`);
    return;
  }
  const loginUrl = `${url}/?token=${sessionToken.value}`;
  stdout(
    `Wheelhouse is running. Open this URL to log in (it contains your session token):\n\n  ${loginUrl}\n\n`,
  );
  if (config.open) openBrowser(loginUrl, { platform: process.platform, logger });
}

function installSignalHandlers(close: () => Promise<void>, logger: ReturnType<typeof createLogger>): void {
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    signalled = true;
    logger.info({ signal }, 'shutting down');
    // Long-lived proxied streams must not keep the process alive forever.
    setTimeout(() => process.exit(1), 10_000).unref();
    void close().then(
      () => {
        process.exitCode = 0;
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exitCode = 1;
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
