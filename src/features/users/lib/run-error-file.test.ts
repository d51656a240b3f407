import { describe, expect, it } from 'vitest';
import { createCsvParser } from '@/shared/csv/csv-parser';
import { ProvisioningRunner } from './provisioning-runner';
import type { ProvisionedUser } from './provisioning-requests';
import type { RunInput } from './run-registry';
import { runErrorCsv } from './run-error-file';

describe('runErrorCsv', () => {
  it('lists only the failed users, as an import file with their numbers (leading + kept) and why', async () => {
    const runner = ProvisioningRunner.create<RunInput, ProvisionedUser>(
      [
        { key: 'a', input: { email: 'a@example.com', package: 'webex_meetings' } },
        {
          key: 'b',
          input: {
            row: 7,
            firstName: 'Bo',
            email: 'b@example.com',
            package: 'webex_calling',
            primaryPhoneNumber: '+14155550101',
            extension: '1001',
          },
        },
      ],
      {
        run: (input) =>
          input.email === 'b@example.com'
            ? Promise.reject({ status: 409, errorCode: 1202, description: 'Extension in use.' })
            : Promise.resolve({ id: 'sub-a', status: 'provisioned' }),
      },
    );
    await runner.start();
    const csv = runErrorCsv(runner.getSnapshot().rows, (row) => row.error?.description ?? '');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const records: string[][] = [];
    const parser = createCsvParser((rows) => records.push(...rows));
    parser.push(csv.slice(1));
    parser.finish();
    expect(records).toEqual([
      ['firstName', 'lastName', 'email', 'package', 'location', 'phoneNumber', 'extension', 'errors'],
      ['Bo', '', 'b@example.com', 'webex_calling', '', '+14155550101', '1001', 'Row 7: Extension in use.'],
    ]);
  });
});
