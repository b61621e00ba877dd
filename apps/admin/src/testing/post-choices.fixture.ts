// Three posts of one title: a ward merged on 1/7/2025, the ward formed that day, and a ward
// untouched by the merger.
const unit = (id: string, name: string, validFrom: string, validTo: string | null) => ({
  id,
  name,
  validFrom,
  validTo,
});
/** PostChoices' answer: three posts of one title around the merger of 1/7/2025. */
export const POSTS = {
  positions: {
    nodes: [
      {
        id: 'pos-hvt',
        title: 'Bí thư Đảng ủy',
        rank: 5,
        unit: unit('u-hvt', 'Đảng ủy phường Hoàng Văn Thụ', '2002-10-17', '2025-07-01'),
      },
      {
        id: 'pos-kl',
        title: 'Bí thư Đảng ủy',
        rank: 5,
        unit: unit('u-kl', 'Đảng ủy phường Kỳ Lừa', '2025-07-01', null),
      },
    ],
  },
  units: {
    nodes: [
      {
        ...unit('u-tt', 'Đảng ủy phường Tam Thanh', '2002-10-17', null),
        positions: [{ id: 'pos-tt', title: 'Bí thư Đảng ủy', rank: 5 }],
      },
    ],
  },
};
