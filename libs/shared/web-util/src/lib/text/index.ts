export { emailBreakParts, frenchText, NNBSP, plural, quoted } from './french-text';
