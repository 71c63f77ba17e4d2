// Argument schemas of the sync channels (ipcSchemas.ts takes them in, and its `satisfies`
// ties them to the contract's types).

import { z } from 'zod';
import {
  MAX_PASSWORD_LENGTH,
  MAX_SYNC_REQUEST_BYTES,
  MAX_USERNAME_LENGTH,
  SYNC_METHODS,
} from '../../common/syncTransport';

const requestId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const url = z.string().min(1).max(8192);

export const syncArgSchemas = {
  'sync:set-server': z.tuple([
    z.strictObject({
      databaseUrl: url,
      username: z.string().min(1).max(MAX_USERNAME_LENGTH),
      password: z.string().max(MAX_PASSWORD_LENGTH),
    }),
  ]),
  'sync:get-server': z.tuple([]),
  'sync:forget-server': z.tuple([]),
  'sync:request': z.tuple([
    requestId,
    z.strictObject({
      method: z.enum(SYNC_METHODS),
      url,
      headers: z
        .array(z.tuple([z.string().max(64), z.string().max(1024)]).readonly())
        .max(16)
        .readonly(),
      body: z
        .instanceof(Uint8Array)
        .refine((body) => body.byteLength <= MAX_SYNC_REQUEST_BYTES, 'a request body of at most 256 MiB')
        .nullable(),
    }),
  ]),
  'sync:abort': z.tuple([requestId]),
} as const;
