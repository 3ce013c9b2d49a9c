export { SavedProposalPageComponent } from './saved-proposal-page.component';
