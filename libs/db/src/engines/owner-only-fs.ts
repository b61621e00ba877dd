import { chmodSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

// PGlite's files in DATA_DIR came out world-writable (0666, pg_control and the WAL included):
// its Emscripten NODEFS chmods every file it creates to the mode PostgreSQL asked for inside
// WebAssembly, which no umask touches. So the two operations that set a mode on the real
// folder (create and chmod) drop the group and other bits, for this data directory only,
// without changing the process's umask.

const OWNER_ONLY = ~0o077;

type Attr = { mode?: number };
type NodeOps = {
  mknod(parent: unknown, name: string, mode: number, dev: number): unknown;
  setattr(node: unknown, attr: Attr): void;
};
type StreamOps = { setattr?(stream: unknown, attr: Attr): void };
type Emscripten = { NODEFS: { node_ops: NodeOps; stream_ops: StreamOps } };

const masked = (attr: Attr): Attr =>
  attr.mode === undefined ? attr : { ...attr, mode: attr.mode & OWNER_ONLY };

function ownerOnly(module: Emscripten): void {
  const { node_ops: nodeOps, stream_ops: streamOps } = module.NODEFS;
  const { mknod, setattr } = nodeOps;
  nodeOps.mknod = (parent, name, mode, dev) => mknod(parent, name, mode & OWNER_ONLY, dev);
  nodeOps.setattr = (node, attr) => setattr(node, masked(attr));
  const streamSetattr = streamOps.setattr;
  if (streamSetattr) streamOps.setattr = (stream, attr) => streamSetattr(stream, masked(attr));
}

/** PGlite's Node filesystem whose files and folders are readable by their owner only. */
export class OwnerOnlyNodeFS extends NodeFS {
  override init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const preRun = [...(opts.preRun ?? []), (module: unknown) => ownerOnly(module as Emscripten)];
    // NodeFS appends its mount after these, so the wrapped operations are in place before it.
    return super.init(pg, { ...opts, preRun });
  }
}

/** Takes group and other bits off what an older start left readable (folders too). */
export function tightenModes(dir: string): void {
  const mode = lstatSync(dir).mode;
  if (mode & 0o077) chmodSync(dir, mode & 0o700);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) tightenModes(path);
    else if (entry.isFile()) {
      const fileMode = lstatSync(path).mode;
      if (fileMode & 0o077) chmodSync(path, fileMode & 0o700);
    }
  }
}
