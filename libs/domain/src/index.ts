export * from './enums';
export * from './dates';
export * from './model';
export * from './global-id';
export * from './rotation-lifecycle';
export * from './name-sort-key';
export * from './rotation-outcomes';
