// What every sync spec shares: a real replication server (tests/support/sync) and the app's
// origin in front of it, both fresh for each test; devices that are closed after it, each
// checked for requests off 127.0.0.1 and CSP violations; and the credentials a user types.

import type { Browser, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import type { ArticleRow, HighlightRow, NoteRow } from '../../../renderer/db/types';
import { startReplicationServer, type ReplicationServer } from '../../support/sync/replicationServer';
import { startSyncAppServer, type SyncAppServer } from '../../support/sync/syncAppServer';
import { SyncDevice, type SyncCredentials } from '../models/SyncDevice';
import { readRows } from './highlightRows';

export const SENTENCE = 'تستعيد أسواق حلب القديمة نبضها بعد سنوات من الصمت';
export const PASSPHRASE = 'عبارة مرور طويلة للمزامنة';

export interface SyncSuite {
  readonly server: ReplicationServer;
  readonly appServer: SyncAppServer;
  device(browser: Browser): Promise<SyncDevice>;
  /** A device in a page the test prepared (e.g. with a storage quota of its own), closed after the test like the others. */
  attach(page: Page): Promise<SyncDevice>;
  credentials(database: string, passphrase?: string): SyncCredentials;
}

/** Registers the servers and devices for every test of the calling spec file. */
export function useSyncSuite(): SyncSuite {
  let server: ReplicationServer | undefined;
  let appServer: SyncAppServer | undefined;
  const devices: SyncDevice[] = [];

  test.beforeEach(async () => {
    server = await startReplicationServer();
    appServer = await startSyncAppServer(server.origin);
  });

  test.afterEach(async () => {
    for (const device of devices.splice(0)) {
      expect(device.problems(), 'requests off 127.0.0.1 and CSP violations').toEqual({ offMachine: [], policy: [] });
      await device.close();
    }
    await appServer?.close();
    await server?.stop();
  });

  const running = () => {
    if (server === undefined || appServer === undefined) throw new Error('the sync servers start in beforeEach');
    return { server, appServer };
  };

  return {
    get server() {
      return running().server;
    },
    get appServer() {
      return running().appServer;
    },
    async device(browser) {
      const opened = await SyncDevice.open(browser, running().appServer);
      devices.push(opened);
      return opened;
    },
    async attach(page) {
      const attached = await SyncDevice.attach(page, running().appServer);
      devices.push(attached);
      return attached;
    },
    credentials(database, passphrase = PASSPHRASE) {
      const { server, appServer } = running();
      return {
        address: appServer.databaseAddress(database),
        username: server.username,
        password: server.password,
        passphrase,
      };
    },
  };
}

export const rows = {
  articles: (d: SyncDevice) => readRows<ArticleRow>(d.page, 'articles'),
  highlights: (d: SyncDevice) => readRows<HighlightRow>(d.page, 'highlights'),
  notes: (d: SyncDevice) => readRows<NoteRow>(d.page, 'notes'),
};

export const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
