import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { ApiError } from '../../api/api-error.ts';
import { KubeStatusError } from '../../k8s/kube-status.ts';
import { kubeRequest } from '../../k8s/kube-request.ts';
import {
  parseObjectYaml,
  withoutManagedFields,
  type KubeObject,
  type ParsedObject,
} from '../../k8s/object-yaml.ts';
import { objectPath, type ObjectRef } from '../../k8s/resource-ref.ts';
import { rebaseEdit, type Json } from '../../k8s/three-way-merge.ts';
import { toYaml } from '../../k8s/yaml-documents.ts';

/** A 409 Conflict on apply: the object as it is now (`null` when it was deleted meanwhile). */
export interface ConflictState {
  readonly latest: KubeObject | null;
}

/** The editing session of one object (see {@link useObjectYaml}). */
export interface ObjectYamlSession {
  readonly object: KubeObject | undefined;
  readonly loadError: ApiError | null;
  readonly loading: boolean;
  /** The object as loaded, as YAML (with or without managedFields). */
  readonly baseText: string;
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly dirty: boolean;
  readonly parsed: ParsedObject;
  readonly showManaged: boolean;
  readonly setShowManaged: (show: boolean) => void;
  /** Drops the user's edits and loads the object again. */
  readonly reload: () => Promise<void>;
  readonly dryRun: ReturnType<typeof useMutation<KubeObject, ApiError, KubeObject>>;
  readonly apply: ReturnType<typeof useMutation<KubeObject, ApiError, KubeObject>>;
  readonly conflict: ConflictState | undefined;
  readonly dismissConflict: () => void;
  /** After a conflict: the user's changes laid over the current object; returns the fields both changed. */
  readonly reapply: () => readonly string[];
  /** The object to send for `parsed`: the loaded `resourceVersion` is kept unless the user set one. */
  readonly toSend: (object: KubeObject) => KubeObject;
}

function render(object: KubeObject | undefined, showManaged: boolean): string {
  if (!object) return '';
  return toYaml(showManaged ? object : withoutManagedFields(object));
}

/**
 * Loads one object for editing and keeps the user's text apart from the loaded object, so the diff, the
 * dry run, the apply (PUT with the loaded `resourceVersion`: optimistic concurrency) and the conflict
 * recovery all compare against exactly what the user started from.
 */
export function useObjectYaml(ref: ObjectRef): ObjectYamlSession {
  const path = objectPath(ref);
  const queryClient = useQueryClient();
  const queryKey = useMemo(() => ['cluster', ref.cluster, 'object-yaml', path] as const, [ref.cluster, path]);
  const query = useQuery<KubeObject, ApiError>({
    queryKey,
    queryFn: ({ signal }) => kubeRequest<KubeObject>(path, { signal }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
    retry: (count, error) => error.status >= 500 && count < 2,
  });
  const [edited, setEdited] = useState<string | null>(null);
  const [showManaged, setShowManagedState] = useState(false);
  const [conflict, setConflict] = useState<ConflictState | undefined>();
  const object = query.data;
  const baseText = useMemo(() => render(object, showManaged), [object, showManaged]);
  const text = edited ?? baseText;
  const parsed = useMemo(() => parseObjectYaml(text), [text]);

  const toSend = (value: KubeObject): KubeObject => {
    const resourceVersion = value.metadata?.resourceVersion ?? object?.metadata?.resourceVersion;
    return { ...value, metadata: { ...value.metadata, ...(resourceVersion ? { resourceVersion } : {}) } };
  };
  const put = (body: KubeObject, dryRun: boolean) =>
    kubeRequest<KubeObject>(path, {
      method: 'PUT',
      body,
      query: dryRun ? { dryRun: 'All', fieldValidation: 'Strict' } : { fieldValidation: 'Strict' },
    });
  const dryRun = useMutation<KubeObject, ApiError, KubeObject>({ mutationFn: (body) => put(body, true) });
  const apply = useMutation<KubeObject, ApiError, KubeObject>({
    mutationFn: (body) => put(body, false),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey, saved);
      setEdited(null);
      dryRun.reset();
    },
    onError: async (error) => {
      if (!(error instanceof KubeStatusError) || error.reason !== 'Conflict') return;
      const latest = await kubeRequest<KubeObject>(path).catch(() => null);
      setConflict({ latest });
    },
  });

  const setShowManaged = (show: boolean): void => {
    setShowManagedState(show);
    if (edited === null || !parsed.ok || !object) return;
    const metadata = { ...parsed.object.metadata };
    if (show && object.metadata?.managedFields) metadata.managedFields = object.metadata.managedFields;
    if (!show) delete metadata.managedFields;
    setEdited(toYaml({ ...parsed.object, metadata }));
  };

  const reapply = (): readonly string[] => {
    const latest = conflict?.latest;
    setConflict(undefined);
    if (!latest || !object || !parsed.ok) return [];
    const strip = (o: KubeObject): KubeObject => (showManaged ? o : withoutManagedFields(o));
    const result = rebaseEdit(strip(object) as Json, parsed.object as Json, strip(latest) as Json);
    queryClient.setQueryData(queryKey, latest);
    setEdited(toYaml(result.merged));
    apply.reset();
    dryRun.reset();
    return result.conflicts;
  };

  return {
    object,
    loadError: query.error,
    loading: query.isPending,
    baseText,
    text,
    setText: setEdited,
    dirty: edited !== null && edited !== baseText,
    parsed,
    showManaged,
    setShowManaged,
    reload: async () => {
      setEdited(null);
      setConflict(undefined);
      apply.reset();
      dryRun.reset();
      await query.refetch();
    },
    dryRun,
    apply,
    conflict,
    dismissConflict: () => {
      setConflict(undefined);
    },
    reapply,
    toSend,
  };
}
