// Errors the command reports without an internal-error trace, both with exit code 2: a command line
// tlslint cannot run (printed with the usage), and an input it cannot use.
export class UsageError extends Error {}

/** An input the run depends on cannot be used (a baseline file, git): printed alone, exit code 2. */
export class InputError extends Error {}
