/**
 * Helpers for integration tests: the clusters the global setup started, and the cluster's own kubectl.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';
import { binaryPath, type ClusterInfo } from '../tools/testcluster/node/testcluster.ts';

/** The test clusters, or undefined when integration tests are skipped. */
export function testClusters(): { alpha: ClusterInfo; beta: ClusterInfo } | undefined {
  return inject('testClusters') ?? undefined;
}

/** True when integration tests must be skipped (the reason was printed by the global setup). */
export const skipIntegration = (): boolean => inject('testClusters') === null;

/** Result of one kubectl run. */
export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the test cluster's kubectl with the given kubeconfig; never throws on a non-zero exit. */
export function kubectl(kubeconfig: string, args: string[], input?: string): Promise<KubectlResult> {
  return new Promise((resolve) => {
    const child = execFile(
      binaryPath,
      ['kubectl', `--kubeconfig=${kubeconfig}`, ...args],
      { maxBuffer: 256 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Starts a long-running kubectl (logs -f, get -w, port-forward); the caller kills it. */
export function kubectlStream(kubeconfig: string, args: string[]): ChildProcess {
  return spawn(binaryPath, ['kubectl', `--kubeconfig=${kubeconfig}`, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Resolves with the accumulated output once `predicate` holds, or rejects after timeoutMs. */
export function waitForOutput(
  child: ChildProcess,
  predicate: (out: string) => boolean,
  timeoutMs = 30_000,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      reject(new Error(`timed out waiting for output; got:\n${out}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      out += chunk.toString();
      if (predicate(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
  });
}
