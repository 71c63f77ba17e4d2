// The worker's side of the protocol: one message in, at most one reply out. Apart from the
// worker entry so that tests can drive an IndexService through the real protocol in Node.

import { err, ok } from '../../../electron/common/result';
import type { FromWorker, ToWorker } from '../protocol';
import type { IndexService } from './IndexService';

export async function handleMessage(
  service: IndexService,
  message: ToWorker,
  post: (reply: FromWorker) => void,
): Promise<void> {
  try {
    switch (message.type) {
      case 'search':
        post({ type: 'reply', id: message.id, result: ok(await service.search(message.request)) });
        return;
      case 'changes':
        await service.applyChanges(message.request);
        post({ type: 'reply', id: message.id, result: ok(null) });
        return;
      case 'flush':
        await service.flush();
        post({ type: 'reply', id: message.id, result: ok(null) });
        return;
    }
  } catch (error) {
    post({ type: 'reply', id: message.id, result: err('failed', String(error)) });
  }
}
