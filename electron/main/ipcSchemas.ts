// Runtime validation of every IPC argument tuple. The `satisfies` clause ties each schema to
// the contract's types, so a channel added to the contract without a schema fails to compile.

import { z } from 'zod';
import { AUTOMATIC_BACKUP_REASONS, MAX_BACKUP_BYTES, parseAutomaticBackupFileName } from '../common/backups';
import type { InvokeChannel, InvokeChannels } from '../common/ipc';
import { UI_LANGUAGES } from '../common/uiLanguage';
import { syncArgSchemas } from './sync/syncSchemas';

export const MAX_URL_LENGTH = 8192;
export const MAX_PATH_LENGTH = 4096;
/** More files than anyone passes to "open with" at once. */
export const MAX_OPENED_PATHS = 1000;

const jobId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const url = z.string().min(1).max(MAX_URL_LENGTH);

const backupBytes = z
  .instanceof(Uint8Array)
  .refine((data) => data.byteLength > 0 && data.byteLength <= MAX_BACKUP_BYTES, 'a backup must be 1 byte to 512 MiB');

/** A bare file name (the save dialog's suggestion): no folders, no NUL, not "." or "..". */
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', 'a file name without folders');

export const invokeArgSchemas = {
  'app:get-info': z.tuple([]),
  'app:set-ui-language': z.tuple([z.enum(UI_LANGUAGES)]),
  'shell:open-external': z.tuple([url]),
  'web:fetch-page': z.tuple([jobId, url, z.boolean()]),
  'web:fetch-image': z.tuple([jobId, url]),
  'web:end-job': z.tuple([jobId]),
  'files:read-opened': z.tuple([z.array(z.string().min(1).max(MAX_PATH_LENGTH)).min(1).max(MAX_OPENED_PATHS)]),
  'backup:save-file': z.tuple([backupBytes, fileName]),
  'backup:open-file': z.tuple([]),
  'backup:save-automatic': z.tuple([backupBytes, z.enum(AUTOMATIC_BACKUP_REASONS)]),
  'backup:list-automatic': z.tuple([]),
  'backup:read-automatic': z.tuple([
    z
      .string()
      .max(255)
      .refine((id) => parseAutomaticBackupFileName(id) !== null, 'an automatic backup id'),
  ]),
  ...syncArgSchemas,
} satisfies { [K in InvokeChannel]: z.ZodType<InvokeChannels[K]['args']> };
