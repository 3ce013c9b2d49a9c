import { existsSync, promises as fs } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Angular's build names every script and stylesheet after its content: `main-3VRX3YDV.js`. */
const HASHED = /-[A-Z0-9]{8}\.(?:js|css)$/;
const COMPRESSIBLE = new Set(['.js', '.css', '.svg', '.json', '.txt', '.map']);
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Anything not named after its content is checked with the server at each use. */
const REVALIDATE = 'no-cache';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

type Encoding = 'br' | 'gzip';
interface Compressed {
  readonly stamp: string;
  readonly br: Buffer;
  readonly gzip: Buffer;
}

/** br first (about a fifth smaller than gzip on our scripts), then gzip; nothing if the client asks for neither. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  const offered = new Map(
    (acceptEncoding ?? '').split(',').map((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [name, q ? Number(q.slice(2)) : 1] as const;
    }),
  );
  if ((offered.get('br') ?? 0) > 0) return 'br';
  if ((offered.get('gzip') ?? 0) > 0) return 'gzip';
  return null;
}

export const cacheControlFor = (path: string): string => (HASHED.test(path) ? IMMUTABLE : REVALIDATE);

/**
 * Serves the built Angular app on the same origin, with deep links falling back to index.html.
 * Scripts and styles are compressed once with Node's zlib (Brotli at its best setting, and
 * gzip) and kept in memory: the whole app is a few hundred kilobytes, and compressing each
 * response anew (the `compression` middleware) would spend CPU on every page load for bytes
 * that never change. Hashed files are cached by browsers for a year; the rest revalidate.
 */
export function serveWebApp(app: NestExpressApplication, webRootSetting: string | null): void {
  const webRoot = webRootSetting ?? join(process.cwd(), 'dist', 'web', 'browser');
  if (!existsSync(join(webRoot, 'index.html'))) return;
  const cache = new Map<string, Promise<Compressed>>();

  async function compressed(file: string, stamp: string): Promise<Compressed> {
    const hit = cache.get(file);
    if (hit && (await hit).stamp === stamp) return hit;
    const made = fs.readFile(file).then(async (raw) => ({
      stamp,
      br: await brotli(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
      gzip: await gzipped(raw, { level: 9 }),
    }));
    cache.set(file, made);
    made.catch(() => cache.delete(file));
    return made;
  }

  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !COMPRESSIBLE.has(extname(req.path))) return next();
    const encoding = chooseEncoding(req.headers['accept-encoding']);
    if (!encoding) return next();
    // Only files inside the web root: a decoded "../" must not reach the rest of the disk.
    const file = normalize(join(webRoot, decodeURIComponent(req.path)));
    if (!file.startsWith(webRoot.endsWith(sep) ? webRoot : webRoot + sep)) return next();
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) return next();
      const body = (await compressed(file, `${stat.size}-${stat.mtimeMs}`))[encoding];
      res.type(extname(file));
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', cacheControlFor(req.path));
      res.setHeader('Content-Length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      next();
    }
  });
  app.useStaticAssets(webRoot, {
    index: false,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', cacheControlFor(path));
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/api')) return next();
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(join(webRoot, 'index.html'));
  });
}
