/** TanStack Query keys of the whole app, in one place so invalidation stays consistent. */
export const queryKeys = {
  config: ['config'] as const,
  namespaces: (cluster: string) => ['cluster', cluster, 'namespaces'] as const,
  cluster: (cluster: string) => ['cluster', cluster] as const,
};
