// The whole data model: drizzle-kit reads this file to generate migrations, and the drivers
// receive it (tables and relations) for the relational query API.
export * from './enums';
export * from './documents';
export * from './areas';
export * from './units';
export * from './cadres';
export * from './plans';
export * from './rotations';
export * from './assignments';
export * from './evaluations';
export * from './management';
export * from './auth';
export * from './audit';
export * from './personal-data';
export * from './request-state';
export * from './relations';
