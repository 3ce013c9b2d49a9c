export { RulesTableComponent } from './rules-table.component';
