import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ageOf } from '../../../k8s/age.ts';
import { findResource } from '../../../k8s/discovery.ts';
import { useDiscovery } from '../../../k8s/hooks/use-discovery.ts';
import type { OwnerReference } from '../../../k8s/kube-object.ts';
import { detailsUrl, listUrl } from '../../../k8s/resource-route.ts';
import { namespacesType } from '../../../k8s/well-known-types.ts';
import type { DetailProps } from '../details/detail-registry.tsx';
import { DetailCard, FactList } from './detail-card.tsx';
import { LabelChips } from './label-chips.tsx';

function OwnerLink(props: {
  readonly cluster: string;
  readonly namespace: string | undefined;
  readonly owner: OwnerReference;
}) {
  const discovery = useDiscovery(props.cluster);
  const [group = '', version = ''] = props.owner.apiVersion.includes('/')
    ? props.owner.apiVersion.split('/')
    : ['', props.owner.apiVersion];
  const type = findResource(discovery.data, { group, kind: props.owner.kind });
  const text = `${props.owner.kind} ${props.owner.name}`;
  if (!type) return <span>{text}</span>;
  const to = detailsUrl({
    cluster: props.cluster,
    type: { ...type, version: version || type.version },
    ...(type.namespaced && props.namespace !== undefined ? { namespace: props.namespace } : {}),
    name: props.owner.name,
  });
  return (
    <Link component={RouterLink} to={to} underline="hover">
      {text}
    </Link>
  );
}

function Annotations(props: { readonly annotations: Readonly<Record<string, string>> }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const entries = Object.entries(props.annotations);
  if (entries.length === 0)
    return (
      <Typography sx={{ fontSize: 14 }} color="text.secondary">
        {t('resources.details.none')}
      </Typography>
    );
  const shown = all ? entries : entries.slice(0, 4);
  return (
    <Box>
      {shown.map(([key, value]) => (
        <Box key={key} sx={{ fontFamily: 'monospace', fontSize: 12, mb: 0.5, wordBreak: 'break-all' }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {key}:{' '}
          </Box>
          <Box
            component="span"
            sx={
              all
                ? {}
                : {
                    display: 'inline-block',
                    maxWidth: '100%',
                    overflow: 'hidden',
                    textOverflow: 'ellipsis',
                    whiteSpace: 'nowrap',
                    verticalAlign: 'bottom',
                  }
            }
          >
            {value}
          </Box>
        </Box>
      ))}
      {entries.length > 4 && (
        <Button
          size="small"
          onClick={() => {
            setAll(!all);
          }}
        >
          {all
            ? t('resources.details.showLess')
            : t('resources.details.showMore', { count: entries.length - 4 })}
        </Button>
      )}
    </Box>
  );
}

/** Name, namespace, creation, UID, owners (linked), labels, annotations, finalizers, deletion. */
export function MetadataSection({ objectRef, object }: DetailProps) {
  const { t, i18n } = useTranslation();
  const { metadata } = object;
  const created = metadata.creationTimestamp;
  const date = (iso: string): string => new Date(iso).toLocaleString(i18n.language);
  const facts: (readonly [string, React.ReactNode])[] = [[t('resources.details.name'), metadata.name]];
  if (metadata.namespace)
    facts.push([
      t('resources.details.namespace'),
      <Link
        key="ns"
        component={RouterLink}
        underline="hover"
        to={detailsUrl({ cluster: objectRef.cluster, type: namespacesType, name: metadata.namespace })}
      >
        {metadata.namespace}
      </Link>,
    ]);
  if (created)
    facts.push([
      t('resources.details.created'),
      t('resources.details.createdAgo', { date: date(created), age: ageOf(created) }),
    ]);
  if (metadata.deletionTimestamp)
    facts.push([
      t('resources.details.created'),
      t('resources.details.deleting', { date: date(metadata.deletionTimestamp) }),
    ]);
  if (metadata.ownerReferences && metadata.ownerReferences.length > 0)
    facts.push([
      t('resources.details.owners'),
      <Box key="owners" sx={{ display: 'flex', flexDirection: 'column' }}>
        {metadata.ownerReferences.map((owner) => (
          <OwnerLink
            key={owner.uid}
            cluster={objectRef.cluster}
            namespace={metadata.namespace}
            owner={owner}
          />
        ))}
      </Box>,
    ]);
  facts.push([t('resources.details.labels'), <LabelChips key="labels" labels={metadata.labels ?? {}} />]);
  facts.push([
    t('resources.details.annotations'),
    <Annotations key="annotations" annotations={metadata.annotations ?? {}} />,
  ]);
  if (metadata.finalizers && metadata.finalizers.length > 0)
    facts.push([t('resources.details.finalizers'), metadata.finalizers.join(', ')]);
  if (metadata.uid) facts.push([t('resources.details.uid'), <code key="uid">{metadata.uid}</code>]);
  return (
    <DetailCard
      title={t('resources.details.metadata')}
      action={
        <Link
          component={RouterLink}
          to={listUrl(objectRef.cluster, objectRef.type)}
          underline="hover"
          sx={{ fontSize: 14 }}
        >
          {objectRef.type.kind}
        </Link>
      }
    >
      <FactList facts={facts} />
    </DetailCard>
  );
}
