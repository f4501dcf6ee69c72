import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useTranslation } from 'react-i18next';
import { ageOf } from '../../k8s/age.ts';
import { stringField } from '../../k8s/kube-object.ts';
import { OverviewCard } from './overview-card.tsx';
import { eventTime, useWarningEvents } from './use-warning-events.ts';

/** The newest Warning events of the cluster, kept live by a watch. */
export function EventsCard({ cluster }: { readonly cluster: string }) {
  const { t } = useTranslation();
  const { events, error, loading } = useWarningEvents(cluster);
  return (
    <OverviewCard
      title={t('overview.warnings')}
      loading={loading}
      error={events.length === 0 ? error : undefined}
      testId="events-card"
    >
      {events.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('overview.noWarnings')}
        </Typography>
      ) : (
        <List dense disablePadding tabIndex={0} sx={{ maxHeight: 360, overflow: 'auto' }}>
          {events.map((event) => {
            const object = `${stringField(event, 'involvedObject', 'kind') ?? stringField(event, 'regarding', 'kind') ?? ''} ${event.metadata.namespace ?? ''}/${stringField(event, 'involvedObject', 'name') ?? stringField(event, 'regarding', 'name') ?? ''}`;
            return (
              <ListItem
                key={event.metadata.uid ?? event.metadata.name}
                disableGutters
                alignItems="flex-start"
              >
                <WarningAmberIcon color="warning" fontSize="small" sx={{ mr: 1, mt: 0.5 }} />
                <ListItemText
                  primary={`${stringField(event, 'reason') ?? ''} · ${object}`}
                  secondary={`${stringField(event, 'message') ?? stringField(event, 'note') ?? ''} · ${ageOf(eventTime(event))}`}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </OverviewCard>
  );
}
