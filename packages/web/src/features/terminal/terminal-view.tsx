/**
 * The xterm.js terminal bound to an exec/attach connection. Loaded lazily (xterm is ~300 KB): only a user who
 * opens a terminal downloads it.
 */
import '@xterm/xterm/css/xterm.css';
import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { FitAddon } from '@xterm/addon-fit';
import { Terminal, type ITerminalOptions } from '@xterm/xterm';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectRef } from '../../k8s/resource-ref.ts';
import { execUrl, type ExecTarget } from './exec-url.ts';
import { openExec, shells, shouldTryNextShell, type ExecClose, type ExecConnection } from './exec-session.ts';

/** What the view tells its parent. */
export type TerminalEvent =
  | { readonly type: 'connected'; readonly shell: string | undefined; readonly protocol: string }
  | { readonly type: 'ended'; readonly close: ExecClose }
  | { readonly type: 'refused' }
  | { readonly type: 'no-shell' };

/** Props of {@link TerminalView}. */
export interface TerminalViewProps {
  readonly pod: ObjectRef;
  readonly container: string;
  readonly mode: 'shell' | 'attach';
  readonly onEvent: (event: TerminalEvent) => void;
}

const darkTheme = {
  background: '#0d1117',
  foreground: '#c9d1d9',
  cursor: '#58a6ff',
  selectionBackground: '#264f78',
};
const lightTheme = {
  background: '#fbfcfd',
  foreground: '#24292f',
  cursor: '#0969da',
  selectionBackground: '#add6ff',
};

/** Copies the terminal selection with Ctrl+Shift+C and pastes with Ctrl+Shift+V (Ctrl+C stays an interrupt). */
function bindClipboard(term: Terminal, paste: (text: string) => void): void {
  term.attachCustomKeyEventHandler((event) => {
    if (event.type !== 'keydown' || !event.ctrlKey || !event.shiftKey) return true;
    if (event.code === 'KeyC') {
      const selection = term.getSelection();
      if (selection) void navigator.clipboard.writeText(selection);
      return false;
    }
    if (event.code === 'KeyV') {
      void navigator.clipboard.readText().then(paste, () => undefined);
      return false;
    }
    return true;
  });
}

/** Runs one terminal session while mounted (remount with a new `key` to reconnect). */
export function TerminalView({ pod, container, mode, onEvent }: TerminalViewProps) {
  const { t } = useTranslation();
  const palette = useTheme().palette.mode;
  const host = useRef<HTMLDivElement | null>(null);
  const emit = useEffectEvent((event: TerminalEvent) => {
    onEvent(event);
  });
  const exitedLine = useEffectEvent((code: number | undefined) =>
    t('terminal.exited', { code: code === undefined ? '?' : String(code) }),
  );

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const options: ITerminalOptions = {
      cursorBlink: true,
      fontFamily: '"JetBrains Mono", "Fira Code", Menlo, Consolas, monospace',
      fontSize: 13,
      scrollback: 5000,
      theme: palette === 'dark' ? darkTheme : lightTheme,
    };
    const term = new Terminal(options);
    const fit = new FitAddon();
    term.loadAddon(fit);
    term.open(element);
    fit.fit();
    let connection: ExecConnection | undefined;
    let disposed = false;
    bindClipboard(term, (text) => connection?.send(text));
    const input = term.onData((data) => connection?.send(data));
    const resize = term.onResize(({ cols, rows }) => connection?.resize(cols, rows));

    const connect = (shellIndex: number) => {
      const shell = mode === 'shell' ? shells[shellIndex] : undefined;
      const target: ExecTarget =
        shell === undefined ? { type: 'attach', container } : { type: 'exec', container, command: [shell] };
      connection = openExec(execUrl(pod, target), {
        onOpen: (protocol) => {
          emit({ type: 'connected', shell, protocol });
        },
        onOutput: (data) => {
          term.write(data);
        },
        onClose: (close) => {
          if (disposed) return;
          if (mode === 'shell' && shouldTryNextShell(close)) {
            if (shellIndex + 1 < shells.length) connect(shellIndex + 1);
            else emit({ type: 'no-shell' });
            return;
          }
          if (!close.opened) {
            emit({ type: 'refused' });
            return;
          }
          const code = close.status?.exitCode ?? (close.status?.success === false ? undefined : 0);
          term.write(`\r\n\x1b[2m${exitedLine(code)}\x1b[0m\r\n`);
          emit({ type: 'ended', close });
        },
      });
      connection.resize(term.cols, term.rows);
    };
    connect(0);
    term.focus();

    const observer = new ResizeObserver(() => {
      try {
        fit.fit();
      } catch {
        // not laid out (hidden tab)
      }
    });
    observer.observe(element);
    return () => {
      disposed = true;
      observer.disconnect();
      input.dispose();
      resize.dispose();
      connection?.close();
      term.dispose();
    };
  }, [pod, container, mode, palette]);

  return (
    <Box
      ref={host}
      data-testid="terminal"
      sx={{
        // A fixed height: fitting the terminal to a box that grows with its content would never settle.
        height: { xs: 420, md: 'max(360px, calc(100vh - 300px))' },
        overflow: 'hidden',
        p: 1,
        borderRadius: 1,
        border: 1,
        borderColor: 'divider',
        bgcolor: palette === 'dark' ? darkTheme.background : lightTheme.background,
        '& .xterm': { height: '100%' },
      }}
    />
  );
}
