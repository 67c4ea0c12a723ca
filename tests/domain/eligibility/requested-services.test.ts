import { requestedServices } from '../../../src/domain';

describe('requestedServices', () => {
  test('reads the services a referral asks for, keeping only what can be read', () => {
    expect(
      requestedServices([
        { serviceId: 'lewisham.nvr', personIds: ['p1', 7, 'c1'] },
        { serviceId: 'lewisham.freedom', advice: true },
        { personIds: ['p1'] },
        null,
        'lewisham.nvr',
        { serviceId: 3 },
      ]),
    ).toEqual([
      { serviceId: 'lewisham.nvr', personIds: ['p1', 'c1'], advice: false },
      { serviceId: 'lewisham.freedom', personIds: [], advice: true },
    ]);
  });

  test.each([[undefined], [null], [{}], ['text']])('%p asks for no service', (services) => {
    expect(requestedServices(services)).toEqual([]);
  });
});
