/**
 * Label selectors: the text form (`app=web,tier!=cache,env in (prod,stage),!legacy`) parsed and matched in the
 * browser, and the object form of workloads (`matchLabels` / `matchExpressions`) turned into text.
 */
import { arrayField, stringField, stringMap } from './kube-object.ts';

/** One requirement of a selector. */
export type LabelRequirement =
  | { readonly op: 'eq' | 'neq'; readonly key: string; readonly value: string }
  | { readonly op: 'in' | 'notin'; readonly key: string; readonly values: readonly string[] }
  | { readonly op: 'exists' | 'notexists'; readonly key: string };

/** Result of {@link parseLabelSelector}: requirements, or the error naming the part at fault. */
export type ParsedSelector =
  | { readonly ok: true; readonly requirements: readonly LabelRequirement[] }
  | { readonly ok: false; readonly error: string };

const keyPattern = /^([a-z0-9]([-a-z0-9.]*[a-z0-9])?\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const valuePattern = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

/** Splits on commas that are not inside parentheses. */
function splitTerms(text: string): string[] {
  const terms: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      terms.push(current.trim());
      current = '';
    } else current += char;
  }
  terms.push(current.trim());
  return terms;
}

function parseTerm(term: string): LabelRequirement | string {
  const set = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(term);
  if (set) {
    const [, key = '', op = 'in', list = ''] = set;
    const values = list.split(',').map((v) => v.trim());
    if (!keyPattern.test(key)) return `“${key}” is not a valid label key`;
    const bad = values.find((v) => !valuePattern.test(v));
    if (bad !== undefined) return `“${bad}” is not a valid label value`;
    return { op: op === 'in' ? 'in' : 'notin', key, values };
  }
  const comparison = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(term);
  if (comparison) {
    const [, key = '', op = '=', value = ''] = comparison;
    if (!keyPattern.test(key)) return `“${key}” is not a valid label key`;
    if (!valuePattern.test(value)) return `“${value}” is not a valid label value`;
    return { op: op === '!=' ? 'neq' : 'eq', key, value };
  }
  const negated = term.startsWith('!');
  const key = negated ? term.slice(1).trim() : term;
  if (!keyPattern.test(key))
    return `“${term}” is not a requirement (expected key, !key, key=value, key!=value, key in (a,b))`;
  return { op: negated ? 'notexists' : 'exists', key };
}

/** Parses a selector's text form; an empty text selects everything. */
export function parseLabelSelector(text: string): ParsedSelector {
  if (!text.trim()) return { ok: true, requirements: [] };
  const requirements: LabelRequirement[] = [];
  for (const term of splitTerms(text)) {
    if (!term) return { ok: false, error: 'empty requirement between commas' };
    const parsed = parseTerm(term);
    if (typeof parsed === 'string') return { ok: false, error: parsed };
    requirements.push(parsed);
  }
  return { ok: true, requirements };
}

/** Whether `labels` satisfy every requirement. */
export function matchesSelector(
  requirements: readonly LabelRequirement[],
  labels: Readonly<Record<string, string>> | undefined,
): boolean {
  return requirements.every((req) => {
    const value = labels?.[req.key];
    switch (req.op) {
      case 'eq':
        return value === req.value;
      case 'neq':
        return value !== req.value;
      case 'in':
        return value !== undefined && req.values.includes(value);
      case 'notin':
        return value === undefined || !req.values.includes(value);
      case 'exists':
        return value !== undefined;
      case 'notexists':
        return value === undefined;
    }
  });
}

/**
 * The text form of a `LabelSelector` object (a workload's `spec.selector`), or undefined when it has neither
 * `matchLabels` nor `matchExpressions` (which selects nothing for workloads).
 */
export function selectorToString(selector: unknown): string | undefined {
  const parts = Object.entries(stringMap(selector, 'matchLabels')).map(([k, v]) => `${k}=${v}`);
  for (const expression of arrayField(selector, 'matchExpressions')) {
    const key = stringField(expression, 'key');
    const operator = stringField(expression, 'operator');
    const values = arrayField(expression, 'values').filter((v): v is string => typeof v === 'string');
    if (!key || !operator) continue;
    if (operator === 'In') parts.push(`${key} in (${values.join(',')})`);
    else if (operator === 'NotIn') parts.push(`${key} notin (${values.join(',')})`);
    else if (operator === 'Exists') parts.push(key);
    else if (operator === 'DoesNotExist') parts.push(`!${key}`);
  }
  return parts.length > 0 ? parts.join(',') : undefined;
}
