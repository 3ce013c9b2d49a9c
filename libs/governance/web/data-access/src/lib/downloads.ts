import { inject, Injectable } from '@angular/core';
import { catchError, map, Observable, of } from 'rxjs';
import { problemOf } from '@maillage/shared/web-util';
import { FileSaver } from './file-saver';
import { GovernanceApi } from './governance.api';
import { PrivacyApi } from './privacy.api';
import type { AuditCriteria } from './privacy.model';

export type DownloadOutcome = 'done' | 'forbidden' | 'failed';

export const PERSONAL_DATA_FILENAME = 'mes-donnees-maillage.json';
export const AUDIT_CSV_FILENAME = 'journal-des-consultations.csv';

/** Files read with the access token, then saved by the browser. */
@Injectable({ providedIn: 'root' })
export class PrivacyDownloads {
  private readonly privacy = inject(PrivacyApi);
  private readonly governance = inject(GovernanceApi);
  private readonly saver = inject(FileSaver);

  /** The RGPD export: everything Maillage holds about the signed-in agent. */
  personalData(): Observable<DownloadOutcome> {
    return this.saveAs(this.privacy.personalData(), PERSONAL_DATA_FILENAME);
  }

  /** HR's audit search as CSV (`;`-separated, opens in French spreadsheet software). */
  auditCsv(criteria: AuditCriteria): Observable<DownloadOutcome> {
    return this.saveAs(this.governance.auditCsv(criteria), AUDIT_CSV_FILENAME);
  }

  private saveAs(file: Observable<Blob>, filename: string): Observable<DownloadOutcome> {
    return file.pipe(
      map((blob): DownloadOutcome => {
        this.saver.save(blob, filename);
        return 'done';
      }),
      catchError((error: unknown) => of<DownloadOutcome>(problemOf(error).status === 403 ? 'forbidden' : 'failed')),
    );
  }
}
