export { ProfileChangesPageComponent } from './profile-changes-page.component';
