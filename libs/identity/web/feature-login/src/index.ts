export { loginRoutes } from './lib/login.routes';
