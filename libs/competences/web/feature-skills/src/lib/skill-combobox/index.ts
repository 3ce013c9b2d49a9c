export { SkillComboboxComponent } from './skill-combobox.component';
