/** A setting the app refuses to start with; main prints its message alone, without a stack. */
export class ConfigurationError extends Error {}
