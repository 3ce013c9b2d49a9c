import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { DIRECTORY_VIEWER } from '@maillage/directory/web/data-access';
import type { Role } from '@maillage/identity/contracts';

/**
 * Pages for some roles only. It spares others a page whose every request the server
 * would refuse (403): the server remains the one that enforces the rule.
 */
export const requireRoles =
  (...roles: Role[]): CanActivateFn =>
  () =>
    !!inject(DIRECTORY_VIEWER)()?.roles.some((role) => roles.includes(role)) || inject(Router).createUrlTree(['/annuaire']);
