import { registerLocaleData } from '@angular/common';
import localeFr from '@angular/common/locales/fr';
import { bootstrapApplication } from '@angular/platform-browser';
import { AppComponent } from './app/app.component';
import { appConfig } from './app/app.config';

// Dates, numbers and currency follow French conventions (LOCALE_ID is 'fr-FR').
registerLocaleData(localeFr, 'fr-FR');

bootstrapApplication(AppComponent, appConfig).catch((error: unknown) => console.error(error));
