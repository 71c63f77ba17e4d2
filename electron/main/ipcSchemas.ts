// Runtime validation of every IPC argument tuple. The `satisfies` clause ties each schema to
// the contract's types, so a channel added to the contract without a schema fails to compile.

import { z } from 'zod';
import type { InvokeChannel, InvokeChannels } from '../common/ipc';
import { UI_LANGUAGES } from '../common/uiLanguage';

export const MAX_URL_LENGTH = 8192;

export const invokeArgSchemas = {
  'app:get-info': z.tuple([]),
  'app:set-ui-language': z.tuple([z.enum(UI_LANGUAGES)]),
  'shell:open-external': z.tuple([z.string().min(1).max(MAX_URL_LENGTH)]),
} satisfies { [K in InvokeChannel]: z.ZodType<InvokeChannels[K]['args']> };
