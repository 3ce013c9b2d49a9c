import { readFileSync } from 'node:fs';
import { ConfigurationError } from './config-error';

/**
 * The variables that hold a secret (or a URL carrying one). Each may instead be given as
 * `<NAME>_FILE`, the path of a file holding the value: Docker and compose secrets, systemd
 * credentials and Kubernetes secret volumes hand secrets over as files, which unlike the
 * environment are not shown by `docker inspect` or inherited by every child process.
 */
export const FILE_VARIABLES = ['DATABASE_URL', 'MAILLAGE_DATABASE_PASSWORD', 'EVENTSTORE_URL', 'MAILLAGE_JWT_SECRET', 'MAILLAGE_AUDIT_KEY'] as const;

/**
 * The environment with every `<NAME>_FILE` replaced by `<NAME>` set to the file's content
 * (one trailing newline dropped: `echo secret > file` must work). Both set is refused: which
 * one wins would be a guess. A file that cannot be read is refused with its path, except the
 * demo audit key, generated into its file on the first start (see loadAuditKey).
 */
export function resolveFileVariables(raw: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env = { ...raw };
  const problems: string[] = [];
  for (const name of FILE_VARIABLES) {
    const path = raw[`${name}_FILE`];
    if (path === undefined) continue;
    if (path.trim() === '') {
      problems.push(`${name}_FILE is set but empty: unset it, or give the path of the file holding ${name}`);
      continue;
    }
    if (raw[name] !== undefined) {
      problems.push(`${name} and ${name}_FILE are both set: keep one`);
      continue;
    }
    let content: string;
    try {
      content = readFileSync(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      if (name === 'MAILLAGE_AUDIT_KEY' && code === 'ENOENT' && raw.NODE_ENV !== 'production') continue;
      problems.push(`${name}_FILE cannot be read (${code}: ${path})`);
      continue;
    }
    const value = content.replace(/\r?\n$/, '');
    if (value.trim() === '') problems.push(`${name}_FILE names an empty file (${path})`);
    else env[name] = value;
    delete env[`${name}_FILE`];
  }
  if (problems.length > 0) throw new ConfigurationError(`Invalid configuration: ${problems.join('; ')}.`);
  return env;
}

/** DATABASE_URL with its password taken from MAILLAGE_DATABASE_PASSWORD, so one secret file serves PostgreSQL and the app. */
export function withDatabasePassword(databaseUrl: string, password: string | undefined): string {
  if (password === undefined) return databaseUrl;
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new ConfigurationError('Invalid configuration: DATABASE_URL must be a URL with a host when MAILLAGE_DATABASE_PASSWORD is set.');
  }
  if (url.password !== '') {
    throw new ConfigurationError('Invalid configuration: DATABASE_URL already holds a password: remove it from the URL or unset MAILLAGE_DATABASE_PASSWORD.');
  }
  url.password = encodeURIComponent(password);
  return url.toString();
}
