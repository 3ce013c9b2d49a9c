export { AccountsPageComponent } from './accounts-page.component';
