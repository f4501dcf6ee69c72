import Box from '@mui/material/Box';
import { useTheme } from '@mui/material/styles';
import { memo, type CSSProperties } from 'react';
import { cssColor, sourceColor } from './ansi-palette.ts';
import { markMatches } from './highlight.ts';
import type { LogLine } from './log-line.ts';
import { parseSgr, type SgrStyle } from './sgr-parser.ts';

/** Props of {@link LogLineView}. */
export interface LogLineViewProps {
  readonly line: LogLine;
  /** Pod (or pod/container) shown in front of the line when several sources are merged. */
  readonly prefix: string | undefined;
  readonly showTimestamp: boolean;
  readonly query: string;
  /** The line is the current search hit. */
  readonly current: boolean;
}

function styleOf(style: SgrStyle, mode: 'light' | 'dark'): CSSProperties | undefined {
  if (Object.keys(style).length === 0) return undefined;
  let fg = style.fg && cssColor(style.fg, mode);
  let bg = style.bg && cssColor(style.bg, mode);
  if (style.inverse) [fg, bg] = [bg ?? 'var(--log-bg)', fg ?? 'var(--log-fg)'];
  const decorations = [style.underline && 'underline', style.strike && 'line-through'].filter(Boolean);
  return {
    ...(fg ? { color: fg } : {}),
    ...(bg ? { backgroundColor: bg } : {}),
    ...(style.bold ? { fontWeight: 700 } : {}),
    ...(style.dim ? { opacity: 0.7 } : {}),
    ...(style.italic ? { fontStyle: 'italic' } : {}),
    ...(decorations.length > 0 ? { textDecoration: decorations.join(' ') } : {}),
  };
}

/** One log line: optional timestamp and source prefix, ANSI colours, search matches marked. */
export const LogLineView = memo(function LogLineView({
  line,
  prefix,
  showTimestamp,
  query,
  current,
}: LogLineViewProps) {
  const mode = useTheme().palette.mode;
  const segments = markMatches(parseSgr(line.text), query);
  return (
    <>
      {showTimestamp && line.timestamp && (
        <Box component="span" sx={{ color: 'text.secondary', mr: 1, userSelect: 'none' }}>
          {line.timestamp}
        </Box>
      )}
      {prefix && (
        <Box component="span" sx={{ color: sourceColor(line.source.pod, mode), mr: 1 }}>
          [{prefix}]
        </Box>
      )}
      {segments.map((segment, i) =>
        segment.match ? (
          <mark
            key={i}
            className={current ? 'log-match log-match-current' : 'log-match'}
            style={styleOf(segment.style, mode)}
          >
            {segment.text}
          </mark>
        ) : (
          <span key={i} style={styleOf(segment.style, mode)}>
            {segment.text}
          </span>
        ),
      )}
    </>
  );
});
