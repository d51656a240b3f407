import { describe, expect, it } from 'vitest';
import { firstAdminPackage, notOfferedProblems, packageChanges, updateCallingLocationProblems } from './packages';

describe('firstAdminPackage', () => {
  it('picks the highest-ranked package a person can hold', () => {
    expect(firstAdminPackage(['webex_meetings', 'webex_suite', 'common_area_calling'])).toBe('webex_suite');
    expect(firstAdminPackage(['webex_meetings', 'webex_voice'])).toBe('webex_voice');
    expect(firstAdminPackage(['webex_calling', 'attendant_console', 'cisco_calling_plan'])).toBe('webex_calling');
    expect(firstAdminPackage(['webex_meetings'])).toBe('webex_meetings');
  });

  it('breaks ties by the spec’s package order', () => {
    // webex_calling and cx_essentials share a level; webex_calling comes first in the spec.
    expect(firstAdminPackage(['cx_essentials', 'webex_calling'])).toBe('webex_calling');
  });

  it('is null when no package can be held by a person', () => {
    expect(firstAdminPackage(['common_area_calling', 'cx_voice_ports'])).toBeNull();
    expect(firstAdminPackage([])).toBeNull();
  });
});

describe('notOfferedProblems', () => {
  it('allows everything when the template does not restrict packages', () => {
    expect(notOfferedProblems(['webex_suite'], undefined)).toEqual([]);
  });

  it('names each package the template does not offer and what it offers', () => {
    const [problem, ...rest] = notOfferedProblems(['webex_meetings', 'webex_suite', 'webex_voice'], ['webex_meetings']);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'PACKAGE_NOT_OFFERED', field: 'packages' });
    expect(problem?.message).toBe(
      'webex_suite, webex_voice are not offered by the onboarding template; it offers: webex_meetings',
    );
    expect(notOfferedProblems(['webex_meetings'], ['webex_meetings', 'webex_calling'])).toEqual([]);
  });
});

describe('packageChanges', () => {
  it('splits the desired complete list into added, removed and kept', () => {
    expect(packageChanges(['webex_calling', 'webex_meetings'], ['webex_meetings', 'webex_suite'])).toEqual({
      added: ['webex_suite'],
      removed: ['webex_calling'],
      kept: ['webex_meetings'],
    });
    expect(packageChanges(['a'], ['a'])).toEqual({ added: [], removed: [], kept: ['a'] });
  });
});

describe('updateCallingLocationProblems', () => {
  const adding = (pkgs: string[]) => packageChanges(['webex_meetings'], ['webex_meetings', ...pkgs]);

  it('asks for a location when the first calling package is added', () => {
    const [problem] = updateCallingLocationProblems(adding(['webex_voice', 'cx_premium_agent']), {
      hasCallingLocation: false,
      callingLocationGiven: false,
    });
    expect(problem).toMatchObject({ code: 'CALLING_LOCATION_REQUIRED', field: 'provisioningParameters.calling' });
    expect(problem?.message).toContain('webex_voice');
    expect(problem?.message).not.toContain('cx_premium_agent');
  });

  it('is satisfied by an existing or a supplied location, and ignores non-calling additions', () => {
    expect(
      updateCallingLocationProblems(adding(['webex_calling']), {
        hasCallingLocation: true,
        callingLocationGiven: false,
      }),
    ).toEqual([]);
    expect(
      updateCallingLocationProblems(adding(['webex_calling']), {
        hasCallingLocation: false,
        callingLocationGiven: true,
      }),
    ).toEqual([]);
    expect(
      updateCallingLocationProblems(adding(['cx_ai_assistant']), {
        hasCallingLocation: false,
        callingLocationGiven: false,
      }),
    ).toEqual([]);
  });
});
