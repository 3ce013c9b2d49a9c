export { DirectoryImports1764576400000 } from './directory-imports.migration';
export { loadDirectorySnapshot } from './directory-snapshot.loader';
export { IMPORT_OPTIONS, ImportService } from './import.service';
export type { ImportOptions } from './import.service';
export type { ImportJobListItem, ImportJobStatus, ImportJobSummary, ImportJobView, ImportedRow, RowFilter, RowPage } from './import-job';
export { DirectoryImportsRetention1764577123400 } from './directory-imports-retention.migration';
export { purgeImportReportsBefore } from './import-retention';
export type { ReportedChange, ReportedRow, Withheld } from './import-job';
