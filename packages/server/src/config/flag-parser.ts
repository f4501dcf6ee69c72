/**
 * A tiny table-driven command-line parser: `--name value`, `--name=value`, boolean `--name`,
 * `--name=true|false`, `--no-name` for negatable booleans, repeatable list flags, and `-h`. Each flag may have
 * a `WHEELHOUSE_*` environment variable; a flag on the command line wins over its variable.
 */

/** How a flag takes its value. */
export type FlagKind = 'string' | 'boolean' | 'list';

/** One row of the flag table. */
export interface FlagSpec {
  /** Long name without dashes, e.g. `port`. */
  readonly name: string;
  readonly kind: FlagKind;
  /** Environment variable with the same meaning, e.g. `WHEELHOUSE_PORT`. */
  readonly env?: string;
  /** Boolean flags only: `--no-NAME` sets false. */
  readonly negatable?: boolean;
  /** Placeholder in usage, e.g. `<port>`. */
  readonly valueName?: string;
  readonly description: string;
}

/** A raw value and where it came from (to name it in error messages). */
export interface RawValue<T> {
  readonly value: T;
  /** `--port` or `WHEELHOUSE_PORT`. */
  readonly origin: string;
}

/** Raw values by flag name; list flags collect every occurrence. */
export interface RawFlags {
  readonly strings: ReadonlyMap<string, RawValue<string>>;
  readonly booleans: ReadonlyMap<string, RawValue<boolean>>;
  readonly lists: ReadonlyMap<string, RawValue<readonly string[]>>;
  readonly help: boolean;
}

/** A problem with one flag; `flag` is `--name`. */
export interface FlagError {
  readonly flag: string;
  readonly message: string;
}

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'on']);
const FALSE_WORDS = new Set(['0', 'false', 'no', 'off']);

/** Parses a boolean word (`true`, `1`, `yes`, `on`, and their opposites); undefined when it is none. */
export function parseBooleanWord(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

interface MutableRaw {
  strings: Map<string, RawValue<string>>;
  booleans: Map<string, RawValue<boolean>>;
  lists: Map<string, RawValue<string[]>>;
  help: boolean;
}

/** Reads `argv` (without node and script) then fills gaps from `env`. */
export function parseFlags(
  specs: readonly FlagSpec[],
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { value: RawFlags; errors: FlagError[] } {
  const raw: MutableRaw = { strings: new Map(), booleans: new Map(), lists: new Map(), help: false };
  const errors: FlagError[] = [];
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--help' || arg === '-h') {
      raw.help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '--') {
      errors.push({ flag: arg, message: `unexpected argument "${arg}"` });
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    const inline = equals === -1 ? undefined : arg.slice(equals + 1);
    const negated = name.startsWith('no-') ? byName.get(name.slice(3)) : undefined;
    if (negated?.kind === 'boolean' && negated.negatable === true && inline === undefined) {
      raw.booleans.set(negated.name, { value: false, origin: arg });
      continue;
    }
    const spec = byName.get(name);
    if (spec === undefined) {
      errors.push({ flag: `--${name}`, message: 'unknown flag (see --help)' });
      continue;
    }
    if (spec.kind === 'boolean') {
      const value = inline === undefined ? true : parseBooleanWord(inline);
      if (value === undefined)
        errors.push({ flag: `--${name}`, message: `expected true or false, got "${inline}"` });
      else raw.booleans.set(name, { value, origin: `--${name}` });
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) {
        errors.push({ flag: `--${name}`, message: `needs a value ${spec.valueName ?? ''}`.trimEnd() });
        continue;
      }
      value = next;
      index += 1;
    }
    addValue(raw, spec, value, `--${name}`);
  }
  fillFromEnv(raw, specs, env, errors);
  return { value: raw, errors };
}

function addValue(raw: MutableRaw, spec: FlagSpec, value: string, origin: string): void {
  if (spec.kind === 'list') {
    const previous = raw.lists.get(spec.name)?.value ?? [];
    raw.lists.set(spec.name, { value: [...previous, value], origin });
  } else {
    raw.strings.set(spec.name, { value, origin });
  }
}

function fillFromEnv(
  raw: MutableRaw,
  specs: readonly FlagSpec[],
  env: Readonly<Record<string, string | undefined>>,
  errors: FlagError[],
): void {
  for (const spec of specs) {
    const text = spec.env === undefined ? undefined : env[spec.env];
    if (spec.env === undefined || text === undefined || text === '') continue;
    const origin = spec.env;
    if (spec.kind === 'boolean') {
      if (raw.booleans.has(spec.name)) continue;
      const value = parseBooleanWord(text);
      if (value === undefined) {
        errors.push({ flag: `--${spec.name}`, message: `${origin}: expected true or false, got "${text}"` });
      } else {
        raw.booleans.set(spec.name, { value, origin });
      }
    } else if (!raw.strings.has(spec.name) && !raw.lists.has(spec.name)) {
      addValue(raw, spec, text, origin);
    }
  }
}

/** Renders the flag table for `--help`. */
export function formatFlagUsage(specs: readonly FlagSpec[]): string {
  const rows = specs.map((spec) => {
    const negation = spec.negatable === true ? `, --no-${spec.name}` : '';
    const value = spec.kind === 'boolean' ? '' : ` ${spec.valueName ?? '<value>'}`;
    return { left: `--${spec.name}${value}${negation}`, spec };
  });
  const width = Math.max(...rows.map((row) => row.left.length)) + 2;
  return rows
    .map(({ left, spec }) => {
      const env = spec.env === undefined ? '' : ` [${spec.env}]`;
      return `  ${left.padEnd(width)}${spec.description}${env}`;
    })
    .join('\n');
}
