export { UserMenuComponent } from './user-menu.component';
