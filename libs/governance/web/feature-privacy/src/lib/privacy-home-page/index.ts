export { PrivacyHomePageComponent } from './privacy-home-page.component';
