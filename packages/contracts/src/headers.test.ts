import { eventHeaders } from './headers';

describe('eventHeaders', () => {
  it('carries type, version, content type and, when known, the request id', () => {
    expect(eventHeaders({ type: 'case.reported', version: 1 }, 'req-7')).toEqual({
      'x-event-type': 'case.reported',
      'x-event-version': '1',
      'content-type': 'application/json',
      'x-request-id': 'req-7',
    });
    expect(eventHeaders({ type: 'case.reported', version: 1 })).not.toHaveProperty('x-request-id');
  });
});
