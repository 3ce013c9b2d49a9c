export { AuthService } from './lib/auth.service';
export { authInterceptor } from './lib/auth.interceptor';
export { authGuard, guestGuard } from './lib/auth.guard';
export { provideAuth } from './lib/provide-auth';
export { LOGIN_PATH, safeReturnUrl } from './lib/return-url';
