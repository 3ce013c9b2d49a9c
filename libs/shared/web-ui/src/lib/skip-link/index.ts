export { SkipLinkComponent } from './skip-link.component';
