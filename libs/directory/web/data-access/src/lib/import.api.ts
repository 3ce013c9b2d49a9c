import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { ImportJob } from './import.model';

/** Directory imports (roles hr and admin). */
@Injectable({ providedIn: 'root' })
export class ImportApi {
  private readonly http = inject(HttpClient);

  /**
   * Sends the file's bytes as they are: the server detects the encoding (UTF-8 or the
   * Windows-1252 of older HR exports) and the delimiter, so the browser must not re-encode.
   */
  upload(file: Blob, fileName: string): Observable<ImportJob> {
    const params = new HttpParams().set('fileName', fileName);
    return this.http.post<ImportJob>('/api/imports', file, { params, headers: { 'Content-Type': 'text/csv' } });
  }

  get(id: string, page = 1, pageSize = 500): Observable<ImportJob> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<ImportJob>(`/api/imports/${encodeURIComponent(id)}`, { params });
  }

  apply(id: string): Observable<ImportJob> {
    return this.http.post<ImportJob>(`/api/imports/${encodeURIComponent(id)}/apply`, null);
  }
}
