import { Canary } from './canary-sweep.canaries';

/**
 * The canaries a body shows, read as raw text (JSON, CSV or anything else),
 * case-insensitively (an export may upper-case a name, a search fold it).
 *
 * For a skill canary the label alone is public: it is a sighting only when the
 * owner is named too, in the body or in the URL asked for (`/agents/<owner>/skills`).
 * A refused request (4xx) that echoes what the caller sent in the URL is not a
 * sighting: the caller already knew it.
 */
export function canariesIn(body: string, url: string, status: number, canaries: readonly Canary[]): Canary[] {
  const text = body.toLowerCase();
  const asked = safeDecode(url).toLowerCase();
  const shows = (needle: string) => text.includes(needle) && !(status >= 400 && asked.includes(needle));
  return canaries.filter((canary) => {
    if (!canary.needles.some(shows)) return false;
    if (!canary.ownerRefs) return true;
    return canary.ownerRefs.some((ref) => text.includes(ref) || asked.includes(ref));
  });
}

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/i;

/**
 * Every identifier a JSON answer holds, with the key it was found under: any
 * uuid-looking string, and any slug under a key named `id` or `…Id` (skill ids
 * are slugs). The sweep fills path parameters from them.
 */
export function idsIn(json: unknown, found: (key: string, value: string) => void, key = ''): void {
  if (typeof json === 'string') {
    if (UUID.test(json) || (/(^id$|Id$)/.test(key) && SLUG.test(json))) found(key || 'id', json);
  } else if (Array.isArray(json)) {
    for (const item of json) idsIn(item, found, key);
  } else if (json && typeof json === 'object') {
    for (const [k, v] of Object.entries(json)) idsIn(v, found, k);
  }
}
