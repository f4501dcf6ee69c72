/**
 * Kubernetes resource quantities (`500m`, `1Gi`, `2e3`, `129M`): parsing to numbers and formatting back the way
 * people read them (CPU in cores or millicores, memory in binary units).
 */

const binary: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const decimal: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

const pattern = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:([eE][+-]?\d+)|(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE])?)$/;

/**
 * The numeric value of a quantity (`500m` → 0.5, `1Gi` → 1073741824, `1e3` → 1000), or `undefined` when the text
 * is not a quantity.
 */
export function parseQuantity(text: string): number | undefined {
  const match = pattern.exec(text.trim());
  if (!match) return undefined;
  const [, number = '', exponent, suffix = ''] = match;
  const base = Number(number);
  if (exponent) return base * 10 ** Number(exponent.slice(1));
  return base * (binary[suffix] ?? decimal[suffix] ?? 1);
}

function trim(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

/** CPU as kubectl shows it: whole or fractional cores below 1 as millicores (`0.5` → `500m`, `2` → `2`). */
export function formatCpu(cores: number): string {
  if (cores !== 0 && Math.abs(cores) < 1) return `${trim(cores * 1000, 0)}m`;
  return trim(cores, 2);
}

/** Bytes in the largest binary unit that keeps the number ≥ 1 (`1073741824` → `1Gi`, `1536` → `1.5Ki`). */
export function formatBytes(bytes: number): string {
  const units = ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki'] as const;
  for (const unit of units) {
    const size = binary[unit] ?? 1;
    if (Math.abs(bytes) >= size) return `${trim(bytes / size, 1)}${unit}`;
  }
  return trim(bytes, 0);
}

/**
 * A quantity re-formatted for reading: memory-like resources (`memory`, `ephemeral-storage`, `storage`,
 * `hugepages-*`) in binary units, `cpu` in cores/millicores, anything else unchanged.
 */
export function formatResourceQuantity(resource: string, text: string): string {
  const value = parseQuantity(text);
  if (value === undefined) return text;
  if (resource === 'cpu') return formatCpu(value);
  if (/memory|storage|^hugepages-/.test(resource)) return formatBytes(value);
  return text;
}
