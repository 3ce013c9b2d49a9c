import { InjectionToken, Signal } from '@angular/core';
import type { CurrentAccount } from '@maillage/identity/contracts';

/**
 * Who is looking, to decide which fields of a profile may be edited. The directory
 * may not import identity's web code (module boundaries), so the app provides this
 * from its AuthService. The server still checks every write.
 */
export const DIRECTORY_VIEWER = new InjectionToken<Signal<CurrentAccount | null>>('DIRECTORY_VIEWER');
