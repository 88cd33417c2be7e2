/** Registers every element of the library for the stories, as a host does: through the define entry point. */
import '../../src/define.js';
