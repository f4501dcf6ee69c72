import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { allContainers, sinceChoices, tailChoices, type LogSettings } from './log-settings.ts';
import type { ContainerKind, LogContainer } from './log-targets.ts';

/** Props of {@link LogToolbar}. */
export interface LogToolbarProps {
  readonly settings: LogSettings;
  readonly containers: readonly LogContainer[];
  readonly onChange: (settings: LogSettings) => void;
}

const kinds: readonly ContainerKind[] = ['init', 'main', 'ephemeral'];

/** What to stream: container, tail, time window, previous instance; how to show it: timestamps, wrapping. */
export function LogToolbar({ settings, containers, onChange }: LogToolbarProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<LogSettings>) => {
    onChange({ ...settings, ...patch });
  };
  const containerItems = kinds.flatMap((kind) => {
    const ofKind = containers.filter((c) => c.kind === kind);
    if (ofKind.length === 0) return [];
    return [
      <ListSubheader key={`h-${kind}`}>{t(`logs.containerKind.${kind}`)}</ListSubheader>,
      ...ofKind.map((c) => (
        <MenuItem key={c.name} value={c.name}>
          {c.name}
        </MenuItem>
      )),
    ];
  });
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, alignItems: 'center' }}>
      <TextField
        select
        size="small"
        label={t('logs.container')}
        value={settings.container}
        onChange={(e) => {
          set({ container: e.target.value });
        }}
        sx={{ minWidth: 180 }}
      >
        {containers.length > 1 && <MenuItem value={allContainers}>{t('logs.allContainers')}</MenuItem>}
        {containerItems}
      </TextField>
      <TextField
        select
        size="small"
        label={t('logs.tail')}
        value={settings.tailLines ?? 0}
        onChange={(e) => {
          const value = Number(e.target.value);
          set({ tailLines: value === 0 ? undefined : value });
        }}
        sx={{ minWidth: 130 }}
      >
        {tailChoices.map((n) => (
          <MenuItem key={n} value={n}>
            {n === 0 ? t('logs.tailAll') : t('logs.tailLines', { count: n })}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={t('logs.since')}
        value={settings.sinceSeconds ?? 0}
        onChange={(e) => {
          const value = Number(e.target.value);
          set({ sinceSeconds: value === 0 ? undefined : value });
        }}
        sx={{ minWidth: 140 }}
      >
        {sinceChoices.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`logs.sinceChoice.${String(s)}`)}
          </MenuItem>
        ))}
      </TextField>
      <FormControlLabel
        control={
          <Switch
            checked={settings.previous}
            onChange={(e) => {
              set({ previous: e.target.checked });
            }}
          />
        }
        label={t('logs.previous')}
      />
      <FormControlLabel
        control={
          <Switch
            checked={settings.timestamps}
            onChange={(e) => {
              set({ timestamps: e.target.checked });
            }}
          />
        }
        label={t('logs.timestamps')}
      />
      <FormControlLabel
        control={
          <Switch
            checked={settings.wrap}
            onChange={(e) => {
              set({ wrap: e.target.checked });
            }}
          />
        }
        label={t('logs.wrap')}
      />
    </Box>
  );
}
