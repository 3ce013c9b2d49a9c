export { PRIVACY_ROUTES } from './lib/privacy.routes';
