import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { CURRENT_ACCOUNT } from '@maillage/shared/web-data-access';

/**
 * The referential's page is for admins (DLSI). It spares others a page whose every write the
 * server would refuse (403); the server remains the one that enforces the rule.
 */
export const requireAdmin: CanActivateFn = () =>
  !!inject(CURRENT_ACCOUNT, { optional: true })?.()?.roles.includes('admin') || inject(Router).createUrlTree(['/competences']);
