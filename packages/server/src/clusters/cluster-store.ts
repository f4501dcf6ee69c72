/**
 * `<config-dir>/clusters.yaml`: the dynamic clusters saved with `persist: true`. The file is a valid
 * kubeconfig (one cluster, user and context per Wheelhouse cluster, all named after it), so kubectl can
 * use it; mode 0600.
 *
 * Every change is a read-modify-write under an inter-process lock (file-lock.ts): the file is re-read,
 * changed, and written atomically (temporary file in the same directory, fsync, rename, fsync of the
 * directory). A crash at any point leaves the old or the new content, and two Wheelhouse processes never
 * lose each other's entries. A file that does not parse is moved aside to `clusters.yaml.corrupt-<time>`
 * and reported, never overwritten.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { toKubeconfigDocument } from './cluster-definition.ts';
import type { ClusterDefinition } from './cluster-definition.ts';
import { withFileLock } from './file-lock.ts';
import type { FileLockOptions } from './file-lock.ts';
import { kubeconfigDefinitions, parseKubeconfigText } from './kubeconfig-definitions.ts';

/** One saved cluster. */
export interface StoredCluster {
  readonly name: string;
  readonly definition: ClusterDefinition;
}

/** What a read found; `problem` is set when the file was corrupt and moved aside. */
export interface StoreRead {
  readonly clusters: readonly StoredCluster[];
  readonly problem?: string | undefined;
}

/** Options of {@link ClusterStore}. */
export interface ClusterStoreOptions {
  /** The file, normally `<config-dir>/clusters.yaml`. */
  readonly file: string;
  readonly lock?: FileLockOptions;
  /** Clock for the corrupt-file suffix (default Date.now). */
  readonly now?: () => number;
}

const HEADER = [
  ' Clusters added to Wheelhouse at run time with "persist": true. A kubeconfig: kubectl can use it',
  ' (kubectl --kubeconfig clusters.yaml --context NAME). Wheelhouse rewrites this file; edit it only',
  ' while Wheelhouse is stopped.',
].join('\n');

/** The clusters.yaml file. */
export class ClusterStore {
  readonly file: string;
  readonly #options: ClusterStoreOptions;

  constructor(options: ClusterStoreOptions) {
    this.file = options.file;
    this.#options = options;
  }

  /** Reads the file under the lock (a corrupt file is moved aside). A missing file holds no clusters. */
  load(): Promise<StoreRead> {
    return this.#locked(() => this.#read());
  }

  /**
   * Re-reads the file, applies `change` and writes the result, all under the lock. If `change` throws,
   * nothing is written. Resolves with what was read (for its `problem`).
   */
  update(change: (current: readonly StoredCluster[]) => readonly StoredCluster[]): Promise<StoreRead> {
    return this.#locked(async () => {
      const read = await this.#read();
      const next = change(read.clusters);
      await this.#write(next);
      return read;
    });
  }

  async #locked<T>(fn: () => Promise<T>): Promise<T> {
    await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    return withFileLock(`${this.file}.lock`, fn, this.#options.lock);
  }

  async #read(): Promise<StoreRead> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { clusters: [] };
      throw error;
    }
    const problem = parseStore(text, this.file);
    if (!('message' in problem)) return { clusters: problem.clusters };
    const aside = `${this.file}.corrupt-${new Date((this.#options.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-')}`;
    await rename(this.file, aside);
    return { clusters: [], problem: `${problem.message}; moved to ${aside}` };
  }

  async #write(clusters: readonly StoredCluster[]): Promise<void> {
    const document = toKubeconfigDocument(clusters);
    const text = `#${HEADER.replaceAll('\n', '\n#')}\n${stringify(document, { lineWidth: 0 })}`;
    const temp = `${this.file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text);
      await handle.chmod(0o600);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await handle.close();
    await rename(temp, this.file);
    await chmod(this.file, 0o600);
    await syncDirectory(path.dirname(this.file));
  }
}

/** Parses the file's text into stored clusters, or says why it is corrupt. */
export function parseStore(text: string, file: string): { clusters: StoredCluster[] } | { message: string } {
  const document = parseKubeconfigText(text, 'clusters.yaml');
  if ('error' in document) return { message: `${path.basename(file)} is corrupt: ${document.error.message}` };
  const result = kubeconfigDefinitions(document.value, {
    field: 'clusters.yaml',
    exactNames: true,
    origin: 'store',
  });
  const first = result.errors[0];
  if (first !== undefined) return { message: `${path.basename(file)} is corrupt: ${first.message}` };
  return { clusters: result.value.map((definition) => ({ name: definition.name, definition })) };
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
  }
}
