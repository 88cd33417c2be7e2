import { createContext } from '@lit/context';
import type { CustomerActivityAdapter } from './adapter.js';

/**
 * The adapter, provided by an ancestor (e.g. `<customer-activity>` or a host's provider) to every element below
 * it. A string key, so two copies of the library on one page still share it. Kept out of the `data` entry point,
 * which loads no Lit.
 */
export const adapterContext = createContext<CustomerActivityAdapter | undefined>('customer-activity-adapter');
