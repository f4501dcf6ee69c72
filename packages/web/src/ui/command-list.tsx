import InputAdornment from '@mui/material/InputAdornment';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import SearchIcon from '@mui/icons-material/Search';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

/** One entry of a {@link CommandList}. */
export interface CommandItem {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly icon?: ReactNode;
  /** Heading the item is listed under. */
  readonly group: string;
  /** Extra text the filter matches. */
  readonly keywords?: string;
  /** Shown at the end of the row (e.g. a status dot). */
  readonly adornment?: ReactNode;
}

/** Props of {@link CommandList}. */
export interface CommandListProps {
  readonly items: readonly CommandItem[];
  readonly placeholder: string;
  readonly emptyText: string;
  readonly onSelect: (item: CommandItem) => void;
  /** Shows at most this many matches (big item sets, like every object of a cluster). */
  readonly limit?: number;
}

/** Filters items by every word of the query (case-insensitive, on label, description and keywords). */
export function filterCommands(items: readonly CommandItem[], query: string): CommandItem[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    const text = `${item.label} ${item.description ?? ''} ${item.keywords ?? ''}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** A search box over a grouped list, driven by the keyboard (↑ ↓ Enter) as well as the mouse. */
export function CommandList({ items, placeholder, emptyText, onSelect, limit }: CommandListProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const shown = filterCommands(items, query).slice(0, limit ?? items.length);
  const activeIndex = Math.min(active, Math.max(shown.length - 1, 0));
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + shown.length) % Math.max(shown.length, 1));
    } else if (event.key === 'Enter') {
      const item = shown[activeIndex];
      if (item) onSelect(item);
    }
  };
  return (
    <>
      <TextField
        autoFocus
        fullWidth
        size="small"
        placeholder={placeholder}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        slotProps={{
          htmlInput: {
            role: 'combobox',
            'aria-label': placeholder,
            'aria-expanded': true,
            'aria-controls': listId,
            'aria-activedescendant': shown[activeIndex] ? `${listId}-${String(activeIndex)}` : undefined,
          },
          input: {
            startAdornment: (
              <InputAdornment position="start">
                <SearchIcon fontSize="small" />
              </InputAdornment>
            ),
          },
        }}
        sx={{ p: 1.5 }}
      />
      <List id={listId} role="listbox" dense sx={{ maxHeight: 360, overflow: 'auto', pt: 0 }}>
        {shown.length === 0 && (
          <Typography color="text.secondary" sx={{ px: 2, py: 2 }}>
            {emptyText}
          </Typography>
        )}
        {shown.map((item, index) => {
          const heading = item.group !== shown[index - 1]?.group ? item.group : undefined;
          return [
            heading && (
              <ListSubheader key={`group-${heading}`} role="presentation" sx={{ lineHeight: '32px' }}>
                {heading}
              </ListSubheader>
            ),
            <ListItemButton
              key={`${item.group}-${item.id}`}
              id={`${listId}-${String(index)}`}
              role="option"
              aria-selected={index === activeIndex}
              selected={index === activeIndex}
              onMouseMove={() => {
                setActive(index);
              }}
              onClick={() => {
                onSelect(item);
              }}
            >
              {item.icon && <ListItemIcon sx={{ minWidth: 36 }}>{item.icon}</ListItemIcon>}
              <ListItemText primary={item.label} secondary={item.description} />
              {item.adornment}
            </ListItemButton>,
          ];
        })}
      </List>
    </>
  );
}
