/**
 * `<config-dir>/plugins.yaml`: which plugins are turned off. Plugins are on unless listed under
 * `disabled`. The server owns the enabled state (not the browser) so that a disabled plugin's code is not
 * even served, the choice holds for every browser and profile, and an operator can ship the file with a
 * deployment. Writes are atomic (temporary file, then rename) and serialised within the process.
 *
 * ```yaml
 * disabled:
 *   - pod-counter
 * ```
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, stringify } from 'yaml';

/** What plugins.yaml says; `problem` explains a file that could not be read (then nothing is disabled). */
export interface PluginStates {
  readonly disabled: ReadonlySet<string>;
  readonly problem?: string;
}

const HEADER =
  '# Plugins Wheelhouse does not load (names from their package.json). Wheelhouse rewrites this file when\n' +
  '# you switch a plugin on or off on its Plugins page; you may also edit it.\n';

/** The plugins.yaml file. */
export class PluginStateStore {
  readonly file: string;
  #writing: Promise<unknown> = Promise.resolve();

  constructor(file: string) {
    this.file = file;
  }

  /** Reads the file; a missing file disables nothing. Never throws. */
  async read(): Promise<PluginStates> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { disabled: new Set() };
      return { disabled: new Set(), problem: `cannot read ${this.file}: ${(error as Error).message}` };
    }
    return parsePluginStates(text, this.file);
  }

  /** Turns one plugin on or off (read-modify-write). */
  setEnabled(name: string, enabled: boolean): Promise<void> {
    const next = this.#writing.then(async () => {
      const current = await this.read();
      if (current.problem !== undefined)
        throw new Error(`${current.problem}; fix or delete it before switching plugins`);
      const disabled = new Set(current.disabled);
      if (enabled) disabled.delete(name);
      else disabled.add(name);
      await this.#write([...disabled].sort());
    });
    this.#writing = next.catch(() => undefined);
    return next;
  }

  async #write(disabled: readonly string[]): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, HEADER + stringify({ disabled }), { mode: 0o644 });
      await rename(temp, this.file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
  }
}

/** Parses plugins.yaml text. */
export function parsePluginStates(text: string, file = 'plugins.yaml'): PluginStates {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    return { disabled: new Set(), problem: `${file} is not valid YAML: ${(error as Error).message}` };
  }
  if (document === null || document === undefined) return { disabled: new Set() };
  const list = typeof document === 'object' && 'disabled' in document ? document.disabled : undefined;
  if (list === undefined || list === null) return { disabled: new Set() };
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string'))
    return { disabled: new Set(), problem: `${file}: "disabled" must be a list of plugin names` };
  return { disabled: new Set(list) };
}
