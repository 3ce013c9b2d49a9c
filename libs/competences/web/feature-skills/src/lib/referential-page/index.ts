export { ReferentialPageComponent } from './referential-page.component';
