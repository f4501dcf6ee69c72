import { useEffect, useRef } from 'react';

/** True when the event's target is a place the user types into, where single-key shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A keyboard shortcut: a key plus whether Ctrl (or ⌘ on macOS) must be held. */
export interface Shortcut {
  readonly key: string;
  readonly mod?: boolean;
}

/** Whether a keydown event matches one of the shortcuts (single-key ones never fire while typing). */
export function matchesShortcut(event: KeyboardEvent, shortcuts: readonly Shortcut[]): boolean {
  return shortcuts.some((shortcut) => {
    const mod = event.ctrlKey || event.metaKey;
    if (event.key.toLowerCase() !== shortcut.key.toLowerCase() || event.altKey) return false;
    if (shortcut.mod) return mod;
    return !mod && !isTypingTarget(event.target);
  });
}

/** Calls `handler` when one of `shortcuts` is pressed anywhere in the page. */
export function useShortcut(shortcuts: readonly Shortcut[], handler: () => void): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  const keys = JSON.stringify(shortcuts);
  useEffect(() => {
    const list = JSON.parse(keys) as Shortcut[];
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !matchesShortcut(event, list)) return;
      event.preventDefault();
      ref.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [keys]);
}
