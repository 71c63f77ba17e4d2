// The only file that touches ipcMain. Every handler is registered through `handle`, which
// refuses calls from any frame but our own top-level page, validates the arguments against the
// channel's schema, and turns anything thrown into a typed `Result`.

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { IpcError, InvokeChannel, InvokeChannels } from '../common/ipc';
import { err } from '../common/result';
import { invokeArgSchemas } from './ipcSchemas';

type Handler<K extends InvokeChannel> = (
  ...args: InvokeChannels[K]['args']
) => InvokeChannels[K]['result'] | Promise<InvokeChannels[K]['result']>;

/** The parts of an invoke event the sender check reads. */
export interface SenderFacts {
  readonly frameUrl: string | undefined;
  readonly isMainFrame: boolean;
}

export function senderFacts(event: IpcMainInvokeEvent): SenderFacts {
  const frame = event.senderFrame;
  return {
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame !== undefined && frame.parent === null,
  };
}

/** True when the call comes from the top-level frame of a page on one of `trustedOrigins`. */
export function isTrustedSender(facts: SenderFacts, trustedOrigins: readonly string[]): boolean {
  if (!facts.isMainFrame || facts.frameUrl === undefined) return false;
  let origin: string;
  try {
    const url = new URL(facts.frameUrl);
    // Non-special schemes such as app:// report an opaque origin ("null"); rebuild it.
    origin = `${url.protocol}//${url.host}`;
  } catch {
    return false;
  }
  return trustedOrigins.includes(origin);
}

export interface ValidatedIpc {
  handle<K extends InvokeChannel>(channel: K, handler: Handler<K>): void;
}

export function createValidatedIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  trustedOrigins: readonly string[],
  log: (message: string) => void = console.warn,
): ValidatedIpc {
  return {
    handle(channel, handler) {
      ipcMain.handle(channel, async (event, ...rawArgs: unknown[]) => {
        if (!isTrustedSender(senderFacts(event), trustedOrigins)) {
          log(`IPC ${channel}: refused a call from ${event.senderFrame?.url ?? 'an unknown frame'}`);
          return err<IpcError>('forbidden-sender');
        }
        const parsed = invokeArgSchemas[channel].safeParse(rawArgs);
        if (!parsed.success) {
          return err<IpcError>('invalid-input', parsed.error.issues.map((issue) => issue.message).join('; '));
        }
        try {
          return await handler(...(parsed.data as InvokeChannels[typeof channel]['args']));
        } catch (error) {
          log(`IPC ${channel}: handler failed: ${String(error)}`);
          return err<IpcError>('failed');
        }
      });
    },
  };
}
