export { ACCOUNTS_ROUTES } from './lib/accounts.routes';
