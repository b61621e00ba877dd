import type { Resolvers } from '../generated/resolver-types';
import { globalIdOf } from '../../global-ids';
import { requireExistingRowId } from '../row-id-argument';
import { connectionOf, pageRequest } from '../pagination';
import { searchTermOf } from '../search-terms';
import {
  areaPage,
  countAreas,
  countPositions,
  countUnits,
  positionPage,
  unitPage,
} from '../../read/registry.queries';
import { required } from './required';

// Areas, units, positions and documents: pages by name, references through the loaders.

const NAME_AND_ID = ['text', 'uuid'] as const;

export const registryResolvers: Resolvers = {
  Query: {
    areas: async (_, { filter, ...page }, ctx) => {
      const where = {
        kinds: filter?.kinds,
        parentId: await requireExistingRowId(filter?.parentId, 'Area', 'filter.parentId', ctx),
        activeAt: filter?.activeAt,
        search: searchTermOf(filter?.search, ctx),
      };
      const request = pageRequest(page, NAME_AND_ID, ctx);
      return connectionOf(await areaPage(ctx.db, where, request), request, {
        keyOf: (area) => [area.name, area.id],
        nodeOf: (area) => area,
        count: () => countAreas(ctx.db, where),
      });
    },
    units: async (_, { filter, ...page }, ctx) => {
      const where = {
        blocs: filter?.blocs,
        levels: filter?.levels,
        areaId: await requireExistingRowId(filter?.areaId, 'Area', 'filter.areaId', ctx),
        parentId: await requireExistingRowId(filter?.parentId, 'Unit', 'filter.parentId', ctx),
        activeAt: filter?.activeAt,
        search: searchTermOf(filter?.search, ctx),
      };
      const request = pageRequest(page, NAME_AND_ID, ctx);
      return connectionOf(await unitPage(ctx.db, where, request), request, {
        keyOf: (unit) => [unit.name, unit.id],
        nodeOf: (unit) => unit,
        count: () => countUnits(ctx.db, where),
      });
    },
    positions: async (_, { filter, ...page }, ctx) => {
      const where = {
        unitId: await requireExistingRowId(filter?.unitId, 'Unit', 'filter.unitId', ctx),
        isKey: filter?.isKey,
        search: searchTermOf(filter?.search, ctx),
      };
      const request = pageRequest(page, NAME_AND_ID, ctx);
      return connectionOf(await positionPage(ctx.db, where, request), request, {
        keyOf: (position) => [position.title, position.id],
        nodeOf: (position) => position,
        count: () => countPositions(ctx.db, where),
      });
    },
  },
  Document: {
    id: (document) => globalIdOf('Document', document.id),
    issuerUnit: (document, _, { loaders }) =>
      document.issuerUnitId ? loaders.unit.load(document.issuerUnitId) : null,
  },
  Area: {
    id: (area) => globalIdOf('Area', area.id),
    parent: (area, _, { loaders }) => (area.parentId ? loaders.area.load(area.parentId) : null),
    predecessors: async (area, _, { loaders }) =>
      (await loaders.areaLinks.load(area.id)).predecessors.map((link) => ({
        link,
        areaId: link.fromAreaId,
      })),
    successors: async (area, _, { loaders }) =>
      (await loaders.areaLinks.load(area.id)).successors.map((link) => ({
        link,
        areaId: link.toAreaId,
      })),
  },
  AreaLineageLink: {
    kind: ({ link }) => link.kind,
    date: ({ link }) => link.date,
    area: ({ areaId }, _, { loaders }) => required(loaders.area.load(areaId)),
    decision: ({ link }, _, { loaders }) =>
      link.documentId ? loaders.document.load(link.documentId) : null,
  },
  Unit: {
    id: (unit) => globalIdOf('Unit', unit.id),
    area: (unit, _, { loaders }) => required(loaders.area.load(unit.areaId)),
    parent: (unit, _, { loaders }) => (unit.parentId ? loaders.unit.load(unit.parentId) : null),
    positions: (unit, _, { loaders }) => loaders.positionsOfUnit.load(unit.id),
    predecessors: async (unit, _, { loaders }) =>
      (await loaders.unitLinks.load(unit.id)).predecessors.map((link) => ({
        link,
        unitId: link.fromUnitId,
      })),
    successors: async (unit, _, { loaders }) =>
      (await loaders.unitLinks.load(unit.id)).successors.map((link) => ({
        link,
        unitId: link.toUnitId,
      })),
  },
  UnitLineageLink: {
    kind: ({ link }) => link.kind,
    date: ({ link }) => link.date,
    unit: ({ unitId }, _, { loaders }) => required(loaders.unit.load(unitId)),
    decision: ({ link }, _, { loaders }) =>
      link.documentId ? loaders.document.load(link.documentId) : null,
  },
  Position: {
    id: (position) => globalIdOf('Position', position.id),
    unit: (position, _, { loaders }) => required(loaders.unit.load(position.unitId)),
    holders: (position, { asOf }, { loaders }) =>
      loaders.holders.load({ positionId: position.id, asOf }),
  },
};
