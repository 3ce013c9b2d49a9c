/**
 * French typography for the text the app writes (not for what people typed):
 * a narrow no-break space (U+202F) before « : ; ? ! » and inside « », so the mark never
 * starts a line alone; one apostrophe, the typographic ’.
 */
export const NNBSP = '\u202f';

/** Words people wrote are left alone: only the app's own sentences go through this. */
export function frenchText(text: string): string {
  return (
    text
      // l'agent → l’agent (an apostrophe between letters, never a quote mark around words).
      .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
      // « mot » with any or no space inside → narrow no-break spaces.
      .replace(/«[\s\u00a0\u202f]*/g, `«${NNBSP}`)
      .replace(/[\s\u00a0\u202f]*»/g, `${NNBSP}»`)
      // A space (or none) before ; ? ! becomes a narrow no-break space.
      .replace(/[ \u00a0\u202f]*([;?!])(?=\s|$|[»)])/g, (_, mark: string) => `${NNBSP}${mark}`)
      // The same before a colon that ends a clause — not in 10:05 nor https://.
      .replace(/(\S)[ \u00a0\u202f]*:(?=\s|$)/g, (_, before: string) => `${before}${NNBSP}:`)
  );
}

/** `«\u202fmot\u202f»`: a quotation in the app's sentences. */
export const quoted = (words: string): string => `«${NNBSP}${words}${NNBSP}»`;

/**
 * An e-mail address split where a line may break: after the "@" only, so an address never
 * wraps inside its name or its domain (the template puts a <wbr> between the two parts).
 */
export function emailBreakParts(address: string): readonly [string, string] {
  const at = address.lastIndexOf('@');
  return at < 0 ? [address, ''] : [address.slice(0, at + 1), address.slice(at + 1)];
}
