export { typeDefs } from './type-defs';
export { printPublishedSchema } from './published-schema';
