// Configuration: what it says (types), where it is found (load), whether it is valid (validate,
// json), and what it decides about a file (globs).
export * from './types.js';
export * from './load.js';
export * from './validate.js';
export * from './globs.js';
export * from './pyproject.js';
export * from './locate.js';
