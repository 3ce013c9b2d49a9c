export { MyDataPageComponent } from './my-data-page.component';
