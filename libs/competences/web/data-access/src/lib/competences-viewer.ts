import { InjectionToken, Signal } from '@angular/core';
import type { CurrentAccount } from '@maillage/identity/contracts';

/**
 * Who is looking: the team builder proposes them as the project lead. Competences may
 * not import identity's web code (module boundaries), so the app provides this from its
 * AuthService. Optional: without it, the lead is simply chosen by hand.
 */
export const COMPETENCES_VIEWER = new InjectionToken<Signal<CurrentAccount | null>>('COMPETENCES_VIEWER');
