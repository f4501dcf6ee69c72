import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslation } from 'react-i18next';

/** Props of {@link LogSearch}. */
export interface LogSearchProps {
  readonly query: string;
  readonly onQuery: (query: string) => void;
  readonly hits: number;
  /** 0-based position of the current hit, or undefined. */
  readonly position: number | undefined;
  readonly onStep: (direction: 1 | -1) => void;
}

/** The search box: matches are highlighted in the view; Enter / Shift+Enter step through them. */
export function LogSearch({ query, onQuery, hits, position, onStep }: LogSearchProps) {
  const { t } = useTranslation();
  return (
    <TextField
      size="small"
      placeholder={t('logs.search')}
      value={query}
      onChange={(e) => {
        onQuery(e.target.value);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          onStep(e.shiftKey ? -1 : 1);
        }
      }}
      sx={{ minWidth: 260, flex: '1 1 260px', maxWidth: 420 }}
      slotProps={{
        htmlInput: { 'aria-label': t('logs.search') },
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
          endAdornment: query ? (
            <InputAdornment position="end">
              <Typography
                variant="caption"
                color="text.secondary"
                sx={{ mr: 0.5, whiteSpace: 'nowrap' }}
                aria-live="polite"
              >
                {hits === 0
                  ? t('logs.noMatches')
                  : t('logs.matchPosition', { position: (position ?? 0) + 1, count: hits })}
              </Typography>
              <Tooltip title={t('logs.previousMatch')}>
                <span>
                  <IconButton
                    size="small"
                    disabled={hits === 0}
                    onClick={() => {
                      onStep(-1);
                    }}
                    aria-label={t('logs.previousMatch')}
                  >
                    <KeyboardArrowUpIcon fontSize="small" />
                  </IconButton>
                </span>
              </Tooltip>
              <Tooltip title={t('logs.nextMatch')}>
                <span>
                  <IconButton
                    size="small"
                    disabled={hits === 0}
                    onClick={() => {
                      onStep(1);
                    }}
                    aria-label={t('logs.nextMatch')}
                  >
                    <KeyboardArrowDownIcon fontSize="small" />
                  </IconButton>
                </span>
              </Tooltip>
            </InputAdornment>
          ) : undefined,
        },
      }}
    />
  );
}
