import type { IsoDate } from '@luanchuyen/domain';
import type { CriteriaSet } from './eligibility-criteria';
import { postsHeldOn, type CadreFacts, type HeldPost, type RegistryFacts } from './facts';
import { versionOn } from './lineage';
import { isLocalNative } from './local-native';
import { NO_GROUNDS, type Grounded } from './reason-grounds';
import { explain, mergeMissing, type Verdict, type YesNo } from './rule-result';

// Plan 67-KH/TU, "cán bộ chủ chốt là người địa phương" (PRODUCT.md rule 1): holds a key post
// on the date in a unit whose area, as it stood that day, contains the cadre's home area.

function localTo(
  post: HeldPost,
  facts: CadreFacts,
  registry: RegistryFacts,
  asOf: IsoDate,
): Verdict {
  const unit = versionOn(registry.units, post.position.unitId, asOf);
  if (unit === null) return { decision: 'CANNOT_DECIDE', missingFacts: ['unitVersion'] };
  return isLocalNative(registry.areas, facts.cadre.homeAreaId, unit.areaId, asOf);
}

export function localKeyCadre(
  facts: CadreFacts,
  registry: RegistryFacts,
  asOf: IsoDate,
  criteria: CriteriaSet,
): Grounded<YesNo<'LOCAL_KEY_CADRE'>> {
  const keyPosts = postsHeldOn(facts, asOf).filter((post) => post.position.isKey);
  const verdicts = keyPosts.map((post) => ({
    post,
    verdict: localTo(post, facts, registry, asOf),
  }));
  const local = verdicts.find(({ verdict }) => verdict.decision === 'YES');
  const missingFacts = mergeMissing(
    verdicts.map(({ verdict }) =>
      verdict.decision === 'CANNOT_DECIDE' ? verdict.missingFacts : [],
    ),
  );
  const title = local?.post.position.title ?? '';
  const verdict: Verdict = local
    ? { decision: 'YES' }
    : missingFacts.length > 0
      ? { decision: 'CANNOT_DECIDE', missingFacts }
      : { decision: 'NO' };
  const finding = explain('LOCAL_KEY_CADRE', verdict, {
    facts: {
      homeAreaId: facts.cadre.homeAreaId,
      keyPositionIds: keyPosts.map((post) => post.position.id),
      localPositionId: local?.post.position.id ?? null,
    },
    legalBasis: criteria.legalBasis,
    yes: {
      vi: `Giữ chức vụ chủ chốt (${title}) tại đơn vị thuộc địa phương quê quán`,
      en: `Holds a key post (${title}) in a unit governing their home area`,
    },
    no: {
      vi: 'Không giữ chức vụ chủ chốt tại đơn vị thuộc địa phương quê quán',
      en: 'Holds no key post in a unit governing their home area',
    },
  });
  // No length of time decides this reason: years stays null.
  const grounds = local
    ? { since: local.post.assignment.startDate, unitId: local.post.position.unitId, years: null }
    : NO_GROUNDS;
  return { ...finding, grounds };
}
