// Conversions on the calling thread, for unit tests in Node, where there is no frame to run
// them in. The app converts in the extraction frame (renderer/import/extraction/).

import { err } from '../../../electron/common/result';
import type { Extraction } from '../../../renderer/import/importQueue';

export const inPageExtraction: Extraction = {
  convert: async (request, signal) => {
    if (signal.aborted) return err('cancelled');
    const { runConversion } = await import('../../../renderer/import/conversion');
    return runConversion(request);
  },
  warmUp: () => {},
};
