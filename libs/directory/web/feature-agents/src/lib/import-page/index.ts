export { ImportPageComponent } from './import-page.component';
