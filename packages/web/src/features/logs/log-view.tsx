import Box from '@mui/material/Box';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LogBuffer } from './log-buffer.ts';
import { sourceLabel } from './log-line.ts';
import { LogLineView } from './log-line-view.tsx';

/** Props of {@link LogView}. */
export interface LogViewProps {
  readonly buffer: LogBuffer;
  readonly version: number;
  readonly wrap: boolean;
  readonly showTimestamps: boolean;
  /** none: one source; pod: several pods; container: several containers. */
  readonly prefix: 'none' | 'pod' | 'container';
  readonly query: string;
  /** Buffer index of the current search hit, scrolled into view when it changes. */
  readonly currentHit: number | undefined;
  /** Keep the newest line in view while lines arrive. */
  readonly follow: boolean;
  /** Called when the user scrolls away from (false) or back to (true) the bottom. */
  readonly onFollowChange: (follow: boolean) => void;
  readonly scrollRef?: RefObject<HTMLDivElement | null>;
}

const rowHeight = 20;

/**
 * The virtualized log lines: only the rows in view are in the DOM, so 100 000 lines scroll like 100. Without
 * wrapping every row has one height; with wrapping rows are measured as they render.
 */
export function LogView(props: LogViewProps) {
  const { t } = useTranslation();
  const { buffer, version, wrap, follow, currentHit, onFollowChange } = props;
  const ownRef = useRef<HTMLDivElement | null>(null);
  const scrollRef = props.scrollRef ?? ownRef;
  const virtualizer = useVirtualizer({
    count: buffer.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 20,
    getItemKey: (index) => buffer.at(index)?.seq ?? index,
  });
  // A change of wrapping changes every height.
  useEffect(() => {
    virtualizer.measure();
  }, [wrap, virtualizer]);
  useEffect(() => {
    if (follow && buffer.length > 0) virtualizer.scrollToIndex(buffer.length - 1, { align: 'end' });
  }, [version, follow, buffer, virtualizer]);
  useEffect(() => {
    if (currentHit !== undefined) virtualizer.scrollToIndex(currentHit, { align: 'center' });
  }, [currentHit, virtualizer]);

  return (
    <Box
      ref={scrollRef}
      role="log"
      aria-label={t('logs.viewLabel')}
      aria-live="off"
      tabIndex={0}
      onScroll={(event) => {
        const el = event.currentTarget;
        const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < rowHeight * 2;
        if (atBottom !== follow) onFollowChange(atBottom);
      }}
      sx={(theme) => ({
        '--log-bg': theme.palette.mode === 'dark' ? '#0d1117' : '#fbfcfd',
        '--log-fg': theme.palette.text.primary,
        // A bounded height, so only the rows in view are rendered (an unbounded box would hold them all).
        height: { xs: 480, md: 'max(320px, calc(100vh - 340px))' },
        overflow: 'auto',
        bgcolor: 'var(--log-bg)',
        color: 'var(--log-fg)',
        fontFamily: '"JetBrains Mono", "Fira Code", Menlo, Consolas, monospace',
        fontSize: 12.5,
        lineHeight: `${String(rowHeight)}px`,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        '&:focus-visible': { outline: `2px solid ${theme.palette.primary.main}` },
        '& .log-match': { bgcolor: theme.palette.mode === 'dark' ? '#6e5a00' : '#fff3a3', color: 'inherit' },
        '& .log-match-current': {
          bgcolor: theme.palette.warning.main,
          color: theme.palette.warning.contrastText,
        },
      })}
    >
      <Box
        sx={{
          height: virtualizer.getTotalSize(),
          position: 'relative',
          minWidth: wrap ? undefined : 'max-content',
        }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const line = buffer.at(item.index);
          if (!line) return null;
          const prefix =
            props.prefix === 'none' ? undefined : sourceLabel(line.source, props.prefix === 'container');
          return (
            <Box
              key={item.key}
              data-index={item.index}
              ref={wrap ? virtualizer.measureElement : undefined}
              sx={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: wrap ? 0 : undefined,
                transform: `translateY(${String(item.start)}px)`,
                px: 1,
                whiteSpace: wrap ? 'pre-wrap' : 'pre',
                wordBreak: wrap ? 'break-all' : undefined,
                minHeight: rowHeight,
              }}
            >
              <LogLineView
                line={line}
                prefix={prefix}
                showTimestamp={props.showTimestamps}
                query={props.query}
                current={item.index === currentHit}
              />
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}
