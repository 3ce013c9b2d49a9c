export { ProposalSetComponent } from './proposal-set.component';
