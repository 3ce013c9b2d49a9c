export { formatDateOnly, formatInstant, type DateOnlyStyle, type InstantStyle } from './french-dates';
