export { AuthService } from './lib/auth.service';
export { authInterceptor } from './lib/auth.interceptor';
export { adminGuard, authGuard, guestGuard, signedInGuard } from './lib/auth.guard';
export { AccountsApi } from './lib/accounts.api';
export type { AccountChanged } from './lib/accounts.api';
export { provideAuth } from './lib/provide-auth';
export { LOGIN_PATH, PASSWORD_CHANGE_PATH, safeReturnUrl } from './lib/return-url';
