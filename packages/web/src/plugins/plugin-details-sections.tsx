/**
 * Plugin parts of the resource browser, ready to drop in: the details sections of an object's kind, a plugin
 * column's cell, and running a plugin's resource action. Each renders inside its plugin's error boundary.
 */
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type {
  KubeObject,
  ResourceAction,
  ResourceActionHelpers,
  ResourceTypeRef,
  TableColumn,
} from '@wheelhouse/plugin-sdk';
import { ExtensionBoundary } from './extension-boundary.tsx';
import type { Registered } from './extension-registry.ts';
import { usePluginDetailsSections } from './use-plugin-extensions.ts';

/** Every plugin section for `object` (of `type` in `cluster`), as cards; nothing when there are none. */
export function PluginDetailsSections(props: {
  readonly cluster: string;
  readonly type: ResourceTypeRef;
  readonly object: KubeObject;
}) {
  const sections = usePluginDetailsSections(props.type);
  if (sections.length === 0) return null;
  return (
    <Stack spacing={2}>
      {sections.map((entry) => {
        const Section = entry.value.component;
        return (
          <Card
            key={entry.key}
            component="section"
            aria-label={entry.value.title}
            data-testid={`plugin-section-${entry.value.id}`}
          >
            <CardContent>
              <Typography variant="h3" component="h2" gutterBottom>
                {entry.value.title}
              </Typography>
              <ExtensionBoundary plugin={entry.plugin}>
                <Section cluster={props.cluster} type={props.type} object={props.object} />
              </ExtensionBoundary>
            </CardContent>
          </Card>
        );
      })}
    </Stack>
  );
}

/** The text of a plugin column for `object` (`''` when its `value` throws or gives nothing). */
export function pluginColumnText(column: TableColumn, object: KubeObject): string {
  try {
    const value = column.value(object);
    return value === undefined ? '' : String(value);
  } catch {
    return '';
  }
}

/** One cell of a plugin column: its component when it has one, else the text of its `value`. */
export function PluginColumnCell(props: {
  readonly column: Registered<TableColumn>;
  readonly cluster: string;
  readonly type: ResourceTypeRef;
  readonly object: KubeObject;
}) {
  const Cell = props.column.value.component;
  if (Cell === undefined) return <>{pluginColumnText(props.column.value, props.object)}</>;
  return (
    <ExtensionBoundary plugin={props.column.plugin} compact>
      <Cell cluster={props.cluster} type={props.type} object={props.object} />
    </ExtensionBoundary>
  );
}

/** Runs a plugin action, turning a throw or rejection into an error notification. */
export async function runPluginAction(
  action: ResourceAction,
  target: { readonly cluster: string; readonly type: ResourceTypeRef; readonly object: KubeObject },
  helpers: ResourceActionHelpers,
): Promise<void> {
  try {
    await action.run(target, helpers);
  } catch (error) {
    helpers.notify(`${action.label}: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}
