import { relations } from 'drizzle-orm';
import { areaLineage, areas } from './areas';
import { assignments } from './assignments';
import { auditEvents } from './audit';
import { apiKeys, sessions, users } from './auth';
import { cadres, successionPoolEntries } from './cadres';
import { documents } from './documents';
import { evaluations } from './evaluations';
import { rotationPlanSubjects, rotationPlans } from './plans';
import { rotations } from './rotations';
import { positions, unitLineage, units } from './units';

// For `db.query.*` with `with: {…}`. Where two relations join the same pair of tables,
// `relationName` pairs each side with its inverse.

export const areasRelations = relations(areas, ({ one, many }) => ({
  parent: one(areas, {
    fields: [areas.parentId],
    references: [areas.id],
    relationName: 'areaParent',
  }),
  children: many(areas, { relationName: 'areaParent' }),
  units: many(units),
  successors: many(areaLineage, { relationName: 'areaLineageFrom' }),
  predecessors: many(areaLineage, { relationName: 'areaLineageTo' }),
}));

export const areaLineageRelations = relations(areaLineage, ({ one }) => ({
  fromArea: one(areas, {
    fields: [areaLineage.fromAreaId],
    references: [areas.id],
    relationName: 'areaLineageFrom',
  }),
  toArea: one(areas, {
    fields: [areaLineage.toAreaId],
    references: [areas.id],
    relationName: 'areaLineageTo',
  }),
  document: one(documents, { fields: [areaLineage.documentId], references: [documents.id] }),
}));

export const unitsRelations = relations(units, ({ one, many }) => ({
  area: one(areas, { fields: [units.areaId], references: [areas.id] }),
  parent: one(units, {
    fields: [units.parentId],
    references: [units.id],
    relationName: 'unitParent',
  }),
  children: many(units, { relationName: 'unitParent' }),
  positions: many(positions),
  successors: many(unitLineage, { relationName: 'unitLineageFrom' }),
  predecessors: many(unitLineage, { relationName: 'unitLineageTo' }),
}));

export const unitLineageRelations = relations(unitLineage, ({ one }) => ({
  fromUnit: one(units, {
    fields: [unitLineage.fromUnitId],
    references: [units.id],
    relationName: 'unitLineageFrom',
  }),
  toUnit: one(units, {
    fields: [unitLineage.toUnitId],
    references: [units.id],
    relationName: 'unitLineageTo',
  }),
  document: one(documents, { fields: [unitLineage.documentId], references: [documents.id] }),
}));

export const positionsRelations = relations(positions, ({ one, many }) => ({
  unit: one(units, { fields: [positions.unitId], references: [units.id] }),
  assignments: many(assignments),
  rotationsFrom: many(rotations, { relationName: 'rotationFrom' }),
  rotationsTo: many(rotations, { relationName: 'rotationTo' }),
}));

export const cadresRelations = relations(cadres, ({ one, many }) => ({
  homeArea: one(areas, { fields: [cadres.homeAreaId], references: [areas.id] }),
  successionPoolEntries: many(successionPoolEntries),
  assignments: many(assignments),
  rotations: many(rotations),
  evaluations: many(evaluations),
  planSubjects: many(rotationPlanSubjects),
}));

export const successionPoolEntriesRelations = relations(successionPoolEntries, ({ one }) => ({
  cadre: one(cadres, { fields: [successionPoolEntries.cadreId], references: [cadres.id] }),
}));

export const assignmentsRelations = relations(assignments, ({ one }) => ({
  cadre: one(cadres, { fields: [assignments.cadreId], references: [cadres.id] }),
  position: one(positions, { fields: [assignments.positionId], references: [positions.id] }),
  decision: one(documents, { fields: [assignments.decisionId], references: [documents.id] }),
  rotation: one(rotations, { fields: [assignments.rotationId], references: [rotations.id] }),
}));

export const rotationPlansRelations = relations(rotationPlans, ({ one, many }) => ({
  issuingUnit: one(units, { fields: [rotationPlans.issuingUnitId], references: [units.id] }),
  document: one(documents, { fields: [rotationPlans.documentId], references: [documents.id] }),
  subjects: many(rotationPlanSubjects),
  rotations: many(rotations),
}));

export const rotationPlanSubjectsRelations = relations(rotationPlanSubjects, ({ one }) => ({
  plan: one(rotationPlans, {
    fields: [rotationPlanSubjects.planId],
    references: [rotationPlans.id],
  }),
  cadre: one(cadres, { fields: [rotationPlanSubjects.cadreId], references: [cadres.id] }),
}));

export const rotationsRelations = relations(rotations, ({ one, many }) => ({
  cadre: one(cadres, { fields: [rotations.cadreId], references: [cadres.id] }),
  plan: one(rotationPlans, { fields: [rotations.planId], references: [rotationPlans.id] }),
  fromPosition: one(positions, {
    fields: [rotations.fromPositionId],
    references: [positions.id],
    relationName: 'rotationFrom',
  }),
  toPosition: one(positions, {
    fields: [rotations.toPositionId],
    references: [positions.id],
    relationName: 'rotationTo',
  }),
  decision: one(documents, {
    fields: [rotations.decisionId],
    references: [documents.id],
    relationName: 'rotationDecision',
  }),
  overrideDecision: one(documents, {
    fields: [rotations.overrideDecisionId],
    references: [documents.id],
    relationName: 'rotationOverrideDecision',
  }),
  assignments: many(assignments),
  evaluations: many(evaluations),
}));

export const evaluationsRelations = relations(evaluations, ({ one }) => ({
  cadre: one(cadres, { fields: [evaluations.cadreId], references: [cadres.id] }),
  rotation: one(rotations, { fields: [evaluations.rotationId], references: [rotations.id] }),
}));

export const usersRelations = relations(users, ({ many }) => ({
  sessions: many(sessions),
  apiKeysCreated: many(apiKeys),
  auditEvents: many(auditEvents),
}));

export const sessionsRelations = relations(sessions, ({ one }) => ({
  user: one(users, { fields: [sessions.userId], references: [users.id] }),
}));

export const apiKeysRelations = relations(apiKeys, ({ one, many }) => ({
  createdBy: one(users, { fields: [apiKeys.createdByUserId], references: [users.id] }),
  auditEvents: many(auditEvents),
}));

export const auditEventsRelations = relations(auditEvents, ({ one }) => ({
  actorUser: one(users, { fields: [auditEvents.actorUserId], references: [users.id] }),
  actorApiKey: one(apiKeys, { fields: [auditEvents.actorApiKeyId], references: [apiKeys.id] }),
}));
