export { LoginPageComponent } from './login-page.component';
