export { emailBreakParts, frenchText, NNBSP, quoted } from './french-text';
