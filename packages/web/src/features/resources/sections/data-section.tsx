import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import VisibilityIcon from '@mui/icons-material/Visibility';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { stringField, stringMap } from '../../../k8s/kube-object.ts';
import { decodeSecretValue } from '../../../k8s/secret-data.ts';
import { useNotify } from '../../../ui/notifications.tsx';
import type { DetailProps } from '../details/detail-registry.tsx';
import { DetailCard } from './detail-card.tsx';

function Entry(props: { readonly name: string; readonly value: string; readonly secret: boolean }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const [revealed, setRevealed] = useState(!props.secret);
  const decoded = props.secret
    ? decodeSecretValue(props.value)
    : { text: props.value, binaryBytes: undefined };
  const shown =
    decoded.binaryBytes === undefined
      ? decoded.text
      : t('resources.data.binary', { bytes: decoded.binaryBytes });
  return (
    <Box component="li" sx={{ mb: 1.5, listStyle: 'none' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
        <Typography
          component="span"
          sx={{ fontWeight: 600, fontFamily: 'monospace', fontSize: 13, flex: 1, wordBreak: 'break-all' }}
        >
          {props.name}
        </Typography>
        {props.secret && (
          <Tooltip title={t(revealed ? 'resources.data.hide' : 'resources.data.reveal', { key: props.name })}>
            <IconButton
              size="small"
              aria-label={t(revealed ? 'resources.data.hide' : 'resources.data.reveal', { key: props.name })}
              aria-pressed={revealed}
              onClick={() => {
                setRevealed(!revealed);
              }}
            >
              {revealed ? <VisibilityOffIcon fontSize="small" /> : <VisibilityIcon fontSize="small" />}
            </IconButton>
          </Tooltip>
        )}
        {(revealed || !props.secret) && decoded.binaryBytes === undefined && (
          <Tooltip title={t('resources.data.copy', { key: props.name })}>
            <IconButton
              size="small"
              aria-label={t('resources.data.copy', { key: props.name })}
              onClick={() => {
                void navigator.clipboard.writeText(decoded.text).then(() => {
                  notify(t('resources.data.copied', { key: props.name }), 'success');
                });
              }}
            >
              <ContentCopyIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
      </Box>
      <Box
        component="pre"
        data-testid={`data-${props.name}`}
        sx={{
          m: 0,
          mt: 0.5,
          p: 1,
          bgcolor: 'action.hover',
          borderRadius: 1,
          fontSize: 12,
          whiteSpace: 'pre-wrap',
          wordBreak: 'break-all',
          maxHeight: 320,
          overflow: 'auto',
        }}
      >
        {revealed ? shown : '••••••••'}
      </Box>
      {!revealed && (
        <Typography variant="caption" color="text.secondary">
          {t('resources.data.masked')}
        </Typography>
      )}
    </Box>
  );
}

/** ConfigMap `data` (and the size of `binaryData`) or Secret `data`, masked until revealed per key. */
export function DataSection({ objectRef, object }: DetailProps) {
  const { t } = useTranslation();
  const secret = objectRef.type.group === '' && objectRef.type.resource === 'secrets';
  const data = stringMap(object, 'data');
  const binary = secret ? {} : stringMap(object, 'binaryData');
  const entries = [
    ...Object.entries(data).map(([k, v]) => ({ name: k, value: v, secret })),
    ...Object.entries(binary).map(([k, v]) => ({ name: k, value: v, secret: true })),
  ];
  const type = secret ? stringField(object, 'type') : undefined;
  return (
    <DetailCard
      title={t('resources.data.title')}
      action={
        type ? (
          <Typography
            variant="body2"
            color="text.secondary"
          >{`${t('resources.data.type')}: ${type}`}</Typography>
        ) : undefined
      }
    >
      {entries.length === 0 ? (
        <Typography color="text.secondary">{t('resources.data.empty')}</Typography>
      ) : (
        <Box component="ul" sx={{ p: 0, m: 0 }}>
          {entries.map((entry) => (
            <Entry key={entry.name} {...entry} />
          ))}
        </Box>
      )}
    </DetailCard>
  );
}
