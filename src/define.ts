/**
 * `customer-activity-elements/define`: registers every element of the library in the global registry on import.
 * `define({ registry })` registers them in another one (a scoped custom-element registry). Registration is guarded:
 * a tag already defined (by this or another copy of the library) is left as it is.
 */
import { define } from './registration.js';

export { define, type DefineOptions, type DefineResult } from './registration.js';

define();
