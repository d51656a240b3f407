// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysInPeriod,
  earliestStartDate,
  lastFullQuarter,
  lastMonth,
  matchPreset,
  previousPeriod,
  utcToday,
  validatePeriod,
} from './period';

describe('today on the UTC clock', () => {
  it('takes the UTC date of the instant, not the local one', () => {
    expect(utcToday(new Date('2026-01-31T23:59:59.999Z'))).toBe('2026-01-31');
    expect(utcToday(new Date('2026-02-01T00:00:00.000Z'))).toBe('2026-02-01');
    // 17:00 on 31 January in California is already 1 February in UTC: January is complete.
    const californiaEvening = new Date('2026-01-31T17:00:00-08:00');
    expect(utcToday(californiaEvening)).toBe('2026-02-01');
    expect(lastMonth(utcToday(californiaEvening))).toEqual({ start: '2026-01-01', end: '2026-01-31' });
    // 00:30 on 1 February in Berlin is still 31 January in UTC: last month is December.
    expect(lastMonth(utcToday(new Date('2026-02-01T00:30:00+01:00')))).toEqual({
      start: '2025-12-01',
      end: '2025-12-31',
    });
  });
});

describe('period presets', () => {
  it('last month handles month ends, leap years and the year boundary', () => {
    expect(lastMonth('2024-03-15')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(lastMonth('2023-03-01')).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(lastMonth('2026-01-01')).toEqual({ start: '2025-12-01', end: '2025-12-31' });
    expect(lastMonth('2026-05-31')).toEqual({ start: '2026-04-01', end: '2026-04-30' });
  });

  it('last full quarter is the latest quarter that ended before today', () => {
    expect(lastFullQuarter('2026-04-01')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(lastFullQuarter('2026-03-31')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(lastFullQuarter('2026-01-01')).toEqual({ start: '2025-10-01', end: '2025-12-31' });
    expect(lastFullQuarter('2024-08-20')).toEqual({ start: '2024-04-01', end: '2024-06-30' });
  });

  it('recognises a preset period and calls anything else custom', () => {
    expect(matchPreset({ start: '2024-02-01', end: '2024-02-29' }, '2024-03-10')).toBe('lastMonth');
    expect(matchPreset({ start: '2023-10-01', end: '2023-12-31' }, '2024-03-10')).toBe('lastQuarter');
    expect(matchPreset({ start: '2024-02-01', end: '2024-02-28' }, '2024-03-10')).toBe('custom');
  });

  it('counts days inclusively and finds the previous period to compare with', () => {
    expect(daysInPeriod({ start: '2024-02-01', end: '2024-02-29' })).toBe(29);
    expect(daysInPeriod({ start: '2025-12-31', end: '2026-01-01' })).toBe(2);
    expect(daysInPeriod({ start: '2026-01-01', end: '2026-03-31' })).toBe(90);
    expect(previousPeriod({ start: '2024-03-01', end: '2024-03-31' })).toEqual({
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(previousPeriod({ start: '2026-01-01', end: '2026-03-31' })).toEqual({
      start: '2025-10-01',
      end: '2025-12-31',
    });
    expect(previousPeriod({ start: '2026-01-10', end: '2026-01-19' })).toEqual({
      start: '2025-12-31',
      end: '2026-01-09',
    });
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});

describe('validatePeriod', () => {
  it('accepts a whole past period, up to yesterday', () => {
    expect(validatePeriod('2026-01-01', '2026-01-31', '2026-02-01')).toEqual({});
    expect(validatePeriod('2026-01-31', '2026-01-31', '2026-02-01')).toEqual({});
  });

  it('refuses an end of today or later, naming the last allowed day', () => {
    expect(validatePeriod('2026-01-01', '2026-02-01', '2026-02-01')).toEqual({
      billingEndDate:
        'The end date must be before today (2026-02-01, UTC): reports cover whole past days, up to 2026-01-31.',
    });
  });

  it('refuses an end before the start', () => {
    expect(validatePeriod('2026-01-10', '2026-01-09', '2026-02-01')).toEqual({
      billingEndDate: 'The end date must be on or after the start date (2026-01-10).',
    });
  });

  it('refuses a start more than five years back, with the leap-day edge computed like the API', () => {
    expect(validatePeriod('2021-02-01', '2021-02-28', '2026-02-01')).toEqual({});
    expect(validatePeriod('2021-01-31', '2021-02-28', '2026-02-01')).toEqual({
      billingStartDate: 'The start date must be within the last five years (on or after 2021-02-01).',
    });
    expect(earliestStartDate('2024-02-29')).toBe('2019-03-01');
    expect(validatePeriod('2019-03-01', '2019-03-31', '2024-02-29')).toEqual({});
    expect(validatePeriod('2019-02-28', '2019-03-31', '2024-02-29').billingStartDate).toContain('2019-03-01');
  });

  it('reports both fields at once, and format problems before rules', () => {
    expect(validatePeriod('2020-01-01', '2026-03-01', '2026-02-01')).toEqual({
      billingStartDate: 'The start date must be within the last five years (on or after 2021-02-01).',
      billingEndDate:
        'The end date must be before today (2026-02-01, UTC): reports cover whole past days, up to 2026-01-31.',
    });
    expect(validatePeriod('', '2026-02-30', '2026-03-10')).toEqual({
      billingStartDate: 'Enter the start date.',
      billingEndDate: 'Enter a real calendar date written YYYY-MM-DD (got "2026-02-30").',
    });
    expect(validatePeriod('2024-02-29', '01/03/2024', '2026-03-10').billingEndDate).toContain('YYYY-MM-DD');
  });
});
