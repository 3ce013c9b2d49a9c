export { EmailAddressComponent } from './email-address.component';
