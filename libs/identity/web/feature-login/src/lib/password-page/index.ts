export { PasswordPageComponent } from './password-page.component';
