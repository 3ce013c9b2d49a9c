export { SharingPageComponent } from './sharing-page.component';
