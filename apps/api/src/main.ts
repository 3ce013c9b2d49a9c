import './register-aliases';
import 'reflect-metadata';
import { bootstrap } from './bootstrap';
import { ConfigurationError, loadConfig } from './config';

bootstrap(loadConfig(process.env)).catch((error: unknown) => {
  // Configuration mistakes are the operator's to fix: say what, without a stack.
  const message = error instanceof ConfigurationError || (error as Error)?.name === 'SchemaTooNewError' ? (error as Error).message : error;
  console.error(JSON.stringify({ level: 'fatal', msg: 'Maillage refused to start', error: String(message) }));
  process.exit(1);
});
