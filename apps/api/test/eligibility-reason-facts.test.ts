import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines } from './harness';
import { startReadServer, type ReadServer } from './read-harness';

// API.md `EligibilityReason { since unit years }`: the facts behind each reason come back
// through GraphQL beside the message, from the same rule, so the two say the same thing.

const REASONS = 'reasons { code message since years unit { id name } }';

type Reason = {
  code: string;
  message: string;
  since: string | null;
  years: number | null;
  unit: { id: string; name: string } | null;
};

describe.each(engines)('the facts of eligibility reasons on $name', (engine) => {
  let api: ReadServer;
  beforeAll(async () => {
    api = await startReadServer(engine);
  });
  afterAll(() => api?.stop());

  const reasonsOf = async (cadre: string, asOf: string, language: 'vi' | 'en' = 'vi') => {
    const body = await api.query(
      `query ($id: ID!, $asOf: Date!) { node(id: $id) { ... on Cadre {
         eligibility(asOf: $asOf) { subject ${REASONS} } } } }`,
      { id: cadre, asOf },
      { language },
    );
    expect(body.errors).toBeUndefined();
    return body.data?.['node'].eligibility.reasons as Reason[];
  };

  it('each subject on a date gets the facts of its reason, units through the loader', async () => {
    const body = await api.query(
      `{ eligibleCadres(asOf: "2018-01-01", first: 10) {
          edges { node { fullName } eligibility { ${REASONS} } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const { gid } = api.data;
    const facts = Object.fromEntries(
      body.data?.['eligibleCadres'].edges.map(
        (edge: { node: { fullName: string }; eligibility: { reasons: Reason[] } }) => [
          edge.node.fullName,
          edge.eligibility.reasons.map(({ code, since, years, unit }) => ({
            code,
            since,
            years,
            unit,
          })),
        ],
      ),
    );
    expect(facts).toEqual({
      'Nguyễn Văn Đức': [
        {
          code: 'LONG_TENURE',
          since: '2005-03-01',
          years: 12,
          unit: { id: gid.units.homeAffairs, name: 'Phòng Nội vụ thành phố' },
        },
      ],
      'Đặng Văn Hùng': [
        {
          code: 'LOCAL_KEY_CADRE',
          since: '2016-01-01',
          years: null,
          unit: { id: gid.units.chiLangCommittee, name: 'Ủy ban nhân dân phường Chi Lăng' },
        },
      ],
      // Born 20/8/1986: 31 on the date; in the 2015–2020 pool.
      'Hoàng Thị Lan': [
        { code: 'YOUNG_IN_SUCCESSION_POOL', since: '2015-01-01', years: 31, unit: null },
      ],
      // Only the birth year is known: no age is stated.
      'Trần Thị Mai': [
        { code: 'YOUNG_IN_SUCCESSION_POOL', since: '2015-01-01', years: null, unit: null },
      ],
    });
  });

  it.each([
    ['the day before the eighth anniversary: not yet a reason', '2013-02-28', null],
    ['the eighth anniversary: the reason with 8 years since the first day', '2013-03-01', 8],
    ['a year later: 9 years, the same first day', '2014-03-01', 9],
  ])('LONG_TENURE, %s', async (_case, asOf, years) => {
    const reasons = await reasonsOf(api.data.gid.cadres.duc, asOf);
    if (years === null) {
      expect(reasons).toEqual([]);
      return;
    }
    expect(reasons).toHaveLength(1);
    const [reason] = reasons;
    expect(reason).toMatchObject({ code: 'LONG_TENURE', since: '2005-03-01', years });
    expect(reason?.unit?.name).toBe('Phòng Nội vụ thành phố');
    // The message states the same facts: the years and the first day (dd/mm/yyyy in Vietnamese).
    expect(reason?.message).toContain(`liên tục ${years} năm (từ 01/03/2005)`);
    const [english] = await reasonsOf(api.data.gid.cadres.duc, asOf, 'en');
    expect(english?.message).toContain(`for ${years} years without a break (since 2005-03-01)`);
    expect({ ...english, message: '' }).toEqual({ ...reason, message: '' });
  });

  it('YOUNG_IN_SUCCESSION_POOL states the age it gives', async () => {
    const [reason] = await reasonsOf(api.data.gid.cadres.lan, '2018-01-01');
    expect(reason?.years).toBe(31);
    expect(reason?.message).toContain('(31 tuổi)');
    const [english] = await reasonsOf(api.data.gid.cadres.lan, '2018-01-01', 'en');
    expect(english?.message).toContain('(aged 31)');
  });
});
