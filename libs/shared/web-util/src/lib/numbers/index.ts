export { formatCount, formatEuros, plural, pluralWord } from './french-numbers';
