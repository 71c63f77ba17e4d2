// Attaches a handler to a command (commands.ts) for as long as the component is mounted. The
// handler may change on every render: the registration keeps the latest one, so it is made
// once per mount and never misses a key between renders.

import { useEffect, useRef } from 'react';
import type { CommandId } from './commands';
import { pageDispatcher, type CommandHandler } from './dispatcher';

/**
 * Runs `handler` when one of the command's keys is pressed (and nothing narrower took it).
 * Return false from it to leave the key alone. `enabled: false` detaches it.
 */
export function useCommand(id: CommandId, handler: CommandHandler, enabled = true): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    return pageDispatcher().register(id, (event) => latest.current(event));
  }, [id, enabled]);
}
