import { InjectionToken, Signal } from '@angular/core';
import type { ViewerAccount } from '@maillage/shared/web-util';

/**
 * Who is looking. Contexts may not import identity's web code (module boundaries), so the app
 * provides this once, from its AuthService, for every context's pages.
 */
export const CURRENT_ACCOUNT = new InjectionToken<Signal<ViewerAccount | null>>('CURRENT_ACCOUNT');
