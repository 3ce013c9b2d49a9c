export { AuditPageComponent } from './audit-page.component';
