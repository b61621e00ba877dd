// The demo's two managing bodies by name (units.ts, load-reorganisation.ts): the City Party
// Committee, and the Party Committee of the Kỳ Lừa ward formed on 1/7/2025.
export const CITY_BODY_NAME = 'Thành ủy Lạng Sơn';
export const KY_LUA_BODY_NAME = 'Đảng ủy phường Kỳ Lừa';
