export {
  APPEND_ONLY_TABLES,
  grantAppPrivileges,
  roleStandingOf,
  type RoleStanding,
} from './app-privileges';
export {
  checkRoles,
  setUpDatabaseRoles,
  type DatabaseRoles,
  type RoleSpec,
} from './database-roles';
export { migrateAsOwner } from './migrate-as-owner';
