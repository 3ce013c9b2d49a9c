export { SiteFooterComponent } from './site-footer.component';
