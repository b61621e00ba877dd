import { ageBandOf, retirementDate } from '@luanchuyen/rules';
import type { Profile } from './profile-data';

// The profile a reader without access to personal data (Decree 13/2023/NĐ-CP) is given: the
// age band and the retirement year instead of the birth date, no home area, no evaluations.
// The facts are dropped here, before the paper is laid out, so no later line can print them.

export type HiddenPersonalData = { ageBand: string | null; retirementYear: number | null };

export type ProfilePaper = Profile & {
  /** Null on the full profile; what stands in for the personal facts on the other. */
  hiddenPersonalData: HiddenPersonalData | null;
};

export function profilePaperFor(profile: Profile, seesPersonalData: boolean): ProfilePaper {
  if (seesPersonalData) return { ...profile, hiddenPersonalData: null };
  const retirement = retirementDate(profile);
  return {
    ...profile,
    birthDate: null,
    birthYear: null,
    homeArea: null,
    evaluations: [],
    hiddenPersonalData: {
      ageBand: ageBandOf(profile, profile.today),
      retirementYear:
        retirement.decision === 'DECIDED' ? Number(retirement.retirementDate.slice(0, 4)) : null,
    },
  };
}
