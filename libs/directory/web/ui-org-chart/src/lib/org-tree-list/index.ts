export { OrgTreeListComponent } from './org-tree-list.component';
