import { describe, expect, it } from 'vitest';
import { parseKubeconfig, toClusterName } from './kubeconfig.ts';

const kubeconfig = `
apiVersion: v1
kind: Config
current-context: dev
clusters:
  - name: dev-cluster
    cluster: { server: https://dev.example:6443, certificate-authority-data: AAAA }
  - name: prod-cluster
    cluster: { server: https://prod.example, certificate-authority: /etc/ca.pem }
users:
  - name: dev-user
    user: { token: abc }
  - name: prod-user
    user:
      exec: { command: aws, args: [eks, get-token] }
contexts:
  - name: dev
    context: { cluster: dev-cluster, user: dev-user, namespace: team }
  - name: "arn:aws:eks:eu-west-1:1234:cluster/Prod"
    context: { cluster: prod-cluster, user: prod-user }
`;

describe('parseKubeconfig', () => {
  it('lists contexts with server, auth type and warnings', () => {
    const parsed = parseKubeconfig(kubeconfig);
    expect(parsed.errors).toEqual([]);
    expect(parsed.currentContext).toBe('dev');
    expect(parsed.contexts.map((c) => [c.name, c.server, c.authType, c.warnings])).toEqual([
      ['dev', 'https://dev.example:6443', 'token', []],
      ['arn:aws:eks:eu-west-1:1234:cluster/Prod', 'https://prod.example', 'exec', ['exec', 'fileReference']],
    ]);
    expect(parsed.contexts[0]?.namespace).toBe('team');
    expect(parsed.contexts[1]?.defaultName).toBe('arn-aws-eks-eu-west-1-1234-cluster-prod');
  });

  it('reports bad input instead of throwing', () => {
    expect(parseKubeconfig('a: [').errors).toHaveLength(1);
    expect(parseKubeconfig('just text').errors).toEqual(['not a kubeconfig (expected a YAML mapping)']);
    expect(parseKubeconfig('apiVersion: v1').errors).toEqual(['no contexts found']);
  });
});

describe('toClusterName', () => {
  it('follows the server rule', () => {
    expect(toClusterName('Kind-Dev')).toBe('kind-dev');
    expect(toClusterName('--a b__')).toBe('a-b');
    expect(toClusterName('***')).toBe('cluster');
    expect(toClusterName('x'.repeat(80))).toHaveLength(63);
  });
});
