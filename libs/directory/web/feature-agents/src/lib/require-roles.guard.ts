import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import type { Role } from '@maillage/identity/contracts';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';
import { hasAnyRole } from '@maillage/shared/web-util';

/**
 * Pages for some roles only. It spares others a page whose every request the server
 * would refuse (403): the server remains the one that enforces the rule.
 */
export const requireRoles =
  (...roles: Role[]): CanActivateFn =>
  () =>
    hasAnyRole(inject(CURRENT_ACCOUNT)(), ...roles) || inject(Router).createUrlTree(['/annuaire']);
