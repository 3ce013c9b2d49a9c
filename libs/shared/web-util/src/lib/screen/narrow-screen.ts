/**
 * Below this width (700 px at the default font size) the header folds its navigation behind
 * a menu button and pages choose their compact layout. In `em`, so a user's larger font
 * moves the breakpoint with it (the CSS media queries use the same value).
 */
export const NARROW_SCREEN_QUERY = '(max-width: 43.75em)';

/** True on a phone-sized window; false where there is no window to ask (tests, server). */
export function isNarrowScreen(): boolean {
  return typeof globalThis.matchMedia === 'function' && globalThis.matchMedia(NARROW_SCREEN_QUERY).matches;
}
