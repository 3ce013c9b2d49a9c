export { DateOnlyPipe, InstantPipe } from './date-pipes';
