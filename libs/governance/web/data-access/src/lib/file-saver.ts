import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';

/**
 * Saves a file the app fetched itself. Downloads that need the access token cannot be
 * plain links (the token lives in memory, never in a cookie), so they are read as a
 * Blob and handed to the browser through a temporary object URL.
 */
@Injectable({ providedIn: 'root' })
export class FileSaver {
  private readonly document = inject(DOCUMENT);

  save(blob: Blob, filename: string): void {
    const view = this.document.defaultView;
    if (!view) return;
    const url = view.URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = filename;
    link.hidden = true;
    this.document.body.append(link);
    link.click();
    link.remove();
    // Revoked on the next turn: the browser has started the download by then.
    view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
  }
}
