import { mailtoHref, telHref, unitLine } from './contact-links';

describe('contact links', () => {
  it('dials the digits of a number written with spaces and dots', () => {
    expect(telHref('01 23.45 67 89')).toBe('tel:0123456789');
    expect(telHref('+33 1 23 45 67 89')).toBe('tel:+33123456789');
  });

  it('writes to the work email', () => {
    expect(mailtoHref('marie.dupont@mairie.example')).toBe('mailto:marie.dupont@mairie.example');
  });

  it('shows the service then its direction, once each', () => {
    expect(unitLine('Service des espaces verts', 'Direction des services techniques')).toBe(
      'Service des espaces verts — Direction des services techniques',
    );
    expect(unitLine('Direction générale', 'Direction générale')).toBe('Direction générale');
    expect(unitLine(null, null)).toBeNull();
  });
});
