export * from './enums';
export * from './dates';
export * from './model';
