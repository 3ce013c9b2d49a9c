export { isNarrowScreen, NARROW_SCREEN_QUERY } from './narrow-screen';
