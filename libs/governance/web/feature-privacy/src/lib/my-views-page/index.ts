export { MyViewsPageComponent } from './my-views-page.component';
