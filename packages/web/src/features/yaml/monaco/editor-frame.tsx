import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { useEffect, type Ref } from 'react';
import { monaco } from './monaco-setup.ts';

/** Keeps Monaco's theme on the app's light or dark mode (one theme serves every editor on the page). */
export function useMonacoTheme(): void {
  const mode = useTheme().palette.mode;
  useEffect(() => {
    monaco.editor.setTheme(mode === 'dark' ? 'vs-dark' : 'vs');
  }, [mode]);
}

/** The bordered box an editor mounts into. */
export function EditorFrame({
  ref,
  height,
  ...rest
}: {
  readonly ref: Ref<HTMLDivElement>;
  readonly height: number | string;
  readonly 'data-testid': string;
  readonly role?: string;
  readonly 'aria-label'?: string;
}) {
  return (
    <Box
      ref={ref}
      {...rest}
      sx={{ height, minHeight: 200, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}
    />
  );
}
