import { PageRequest } from '../page.request';
import { createValidationPipe } from './validation-pipe';

const pipe = createValidationPipe();
const page = (query: Record<string, unknown>) => pipe.transform(query, { type: 'query', metatype: PageRequest });

describe('integers in a query string', () => {
  it('reads plain digits as a number and keeps the defaults when absent', async () => {
    await expect(page({ page: '3', pageSize: '50' })).resolves.toMatchObject({ page: 3, pageSize: 50 });
    await expect(page({})).resolves.toMatchObject({ page: 1, pageSize: 20 });
  });

  it.each(['1e20', '1e3', ' ', '', '0x10', '1.0', '-1', 'abc', '12345678901', ['1', '2']])('refuses page=%j with a 400', async (value) => {
    await expect(page({ page: value })).rejects.toMatchObject({ status: 400 });
  });
});
