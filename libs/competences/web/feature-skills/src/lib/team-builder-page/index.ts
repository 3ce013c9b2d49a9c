export { TeamBuilderPageComponent } from './team-builder-page.component';
