export { CommitteePageComponent } from './committee-page.component';
