// zod for the renderer, told not to compile validators with `new Function`: the CSP forbids
// eval, and even zod's probe for it would be reported as a policy violation. The renderer
// imports zod only from here (a lint rule says so).

// eslint-disable-next-line no-restricted-imports
import { z } from 'zod';

z.config({ jitless: true });

export { z };
