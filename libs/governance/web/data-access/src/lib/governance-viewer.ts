import { InjectionToken, Signal } from '@angular/core';
import type { CurrentAccount } from '@maillage/identity/contracts';

/**
 * Who is looking, to decide which pages and forms to offer (HR audit, committee
 * decisions). Governance may not import identity's web code (module boundaries),
 * so the app provides this from its AuthService. The server checks every request.
 */
export const GOVERNANCE_VIEWER = new InjectionToken<Signal<CurrentAccount | null>>('GOVERNANCE_VIEWER');
