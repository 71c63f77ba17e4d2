// The search worker: the index lives here, so building, searching and storing it never hold
// up the UI thread. It opens the database itself and starts loading the index at once.

import { HamishDb } from '../../db/HamishDb';
import type { FromWorker, ToWorker } from '../protocol';
import { handleMessage } from './handleMessage';
import { IndexService } from './IndexService';

const post = (message: FromWorker) => self.postMessage(message);

const service = new IndexService(new HamishDb(), { onStatus: (status) => post({ type: 'status', status }) });

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  void handleMessage(service, event.data, post);
});

service.start().catch((error: unknown) => post({ type: 'status', status: { state: 'failed', detail: String(error) } }));
