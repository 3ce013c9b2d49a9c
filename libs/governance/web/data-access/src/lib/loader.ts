import { Observable } from 'rxjs';
import { Loader as SharedLoader, LoaderOptions, loader as sharedLoader } from '@maillage/shared/web-data-access';
import { LoadError, loadErrorOf } from './problem';

export type Loader<K, T> = SharedLoader<K, T, LoadError>;

/** The shared loader, failing in this context's terms (see `loadErrorOf`). */
export const loader = <K, T>(fetch: (key: K) => Observable<T>, options: LoaderOptions = {}): Loader<K, T> => sharedLoader(fetch, loadErrorOf, options);
