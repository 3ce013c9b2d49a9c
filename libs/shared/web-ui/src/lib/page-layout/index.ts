export { PageLayoutComponent, type NavItem } from './page-layout.component';
