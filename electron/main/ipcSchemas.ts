// Runtime validation of every IPC argument tuple. The `satisfies` clause ties each schema to
// the contract's types, so a channel added to the contract without a schema fails to compile.

import { z } from 'zod';
import type { InvokeChannel, InvokeChannels } from '../common/ipc';
import { UI_LANGUAGES } from '../common/uiLanguage';

export const MAX_URL_LENGTH = 8192;
export const MAX_PATH_LENGTH = 4096;
/** More files than anyone passes to "open with" at once. */
export const MAX_OPENED_PATHS = 1000;

const jobId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const url = z.string().min(1).max(MAX_URL_LENGTH);

export const invokeArgSchemas = {
  'app:get-info': z.tuple([]),
  'app:set-ui-language': z.tuple([z.enum(UI_LANGUAGES)]),
  'shell:open-external': z.tuple([url]),
  'web:fetch-page': z.tuple([jobId, url]),
  'web:fetch-image': z.tuple([jobId, url]),
  'web:end-job': z.tuple([jobId]),
  'files:read-opened': z.tuple([z.array(z.string().min(1).max(MAX_PATH_LENGTH)).min(1).max(MAX_OPENED_PATHS)]),
} satisfies { [K in InvokeChannel]: z.ZodType<InvokeChannels[K]['args']> };
