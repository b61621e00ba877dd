import { cannotCheck, checked, clauseBasis, type CheckRule } from './check-rule';

// A warning (Regulation 377-QĐ/TW of 2025): an error is overridden only by a decision of the
// body competent for the cadre, the one whose Standing Committee manages them, or one above it.
// The API reads who issued the cited decision and who managed the cadre on its day; with no
// decision naming its issuing unit there is nothing to weigh, and the check passes.
export const issuerCompetenceCheck: CheckRule = (context) => {
  const code = 'ISSUER_NOT_COMPETENT';
  const issuer = context.facts.overrideIssuer;
  const legalBasis = clauseBasis(context, 'override');
  if (!issuer) {
    return checked(code, false, {
      facts: { issuerUnitId: null },
      legalBasis,
      message: {
        vi: 'Không viện dẫn quyết định nêu rõ cơ quan ban hành',
        en: 'No decision naming its issuing unit is cited',
      },
    });
  }
  const facts = { issuerUnitId: issuer.issuerUnitId, bodyUnitId: issuer.bodyUnitId };
  if (issuer.competent === null || issuer.bodyName === null) {
    return cannotCheck(code, ['managingBody'], { facts, legalBasis });
  }
  return checked(code, !issuer.competent, {
    facts,
    legalBasis,
    message: issuer.competent
      ? {
          vi: `${issuer.issuerName} có thẩm quyền đối với cán bộ (thuộc diện ${issuer.bodyName} quản lý)`,
          en: `${issuer.issuerName} is competent for the cadre (managed by ${issuer.bodyName})`,
        }
      : {
          vi: `${issuer.issuerName} không phải cơ quan quản lý cán bộ (${issuer.bodyName}) hay cấp trên của cơ quan đó`,
          en: `${issuer.issuerName} is neither the cadre's managing body (${issuer.bodyName}) nor one above it`,
        },
  });
};
