import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read from a screen or a terminal and typed by hand once.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/**
 * A one-time password: 4 groups of 5 characters from 56 (about 116 bits), far past the
 * 12-character policy. It is shown once and must be changed at first sign-in. Drawn again in
 * the rare case it contains the (short) username, which the password policy refuses.
 */
export function generateOneTimePassword(username: string): string {
  for (;;) {
    const password = [group(), group(), group(), group()].join('-');
    if (!password.toLowerCase().includes(username.trim().toLowerCase())) return password;
  }
}
