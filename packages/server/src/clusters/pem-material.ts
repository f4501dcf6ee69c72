/**
 * Checks of the TLS material in a cluster definition, before anything is added: kubeconfig `*-data` fields
 * are base64 of PEM (the API also takes PEM text), every certificate must parse, and a client certificate
 * must match its private key. Messages never quote the material.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/** PEM text from a `*-data` value: PEM text as is, else strict base64 that decodes to PEM. */
export function decodePemData(value: string): { value: string } | { error: string } {
  const trimmed = value.trim();
  if (trimmed.startsWith('-----BEGIN ')) return { value: trimmed };
  const compact = trimmed.replace(/\s+/g, '');
  if (compact === '' || compact.length % 4 !== 0 || !BASE64.test(compact)) {
    return { error: 'is not valid base64' };
  }
  const text = Buffer.from(compact, 'base64').toString('utf8');
  if (!text.includes('-----BEGIN ')) return { error: 'does not decode to PEM data' };
  return { value: text };
}

/** The PEM blocks of a text, with their labels (`CERTIFICATE`, `PRIVATE KEY`, …). */
function pemBlocks(pem: string): { label: string; text: string }[] {
  return [...pem.matchAll(PEM_BLOCK)].map((match) => ({ label: match[1] ?? '', text: match[0] }));
}

/** Parses every certificate of a PEM bundle; an error when there is none or one does not parse. */
export function parseCertificates(pem: string): { value: X509Certificate[] } | { error: string } {
  const blocks = pemBlocks(pem).filter((block) => block.label === 'CERTIFICATE');
  if (blocks.length === 0) return { error: 'contains no PEM certificate' };
  const certificates: X509Certificate[] = [];
  for (const [index, block] of blocks.entries()) {
    try {
      certificates.push(new X509Certificate(block.text));
    } catch {
      return { error: `certificate ${index + 1} does not parse` };
    }
  }
  return { value: certificates };
}

function parsePrivateKey(pem: string): { value: KeyObject } | { error: string } {
  const block = pemBlocks(pem).find((candidate) => candidate.label.endsWith('PRIVATE KEY'));
  if (block === undefined) return { error: 'contains no PEM private key' };
  try {
    return { value: createPrivateKey(block.text) };
  } catch {
    return { error: 'the private key does not parse (encrypted keys are not supported)' };
  }
}

/** A problem with one field of a definition: the field's name (in the caller's vocabulary) and why. */
export interface MaterialProblem {
  readonly field: 'ca' | 'cert' | 'key';
  readonly message: string;
}

/** PEM material of one cluster, still as given (base64 or PEM text). */
export interface TlsMaterialInput {
  readonly ca?: string | undefined;
  readonly cert?: string | undefined;
  readonly key?: string | undefined;
  /** Part of the pair is a file reference: check each given part alone, not the pair. */
  readonly pairUsesFiles?: boolean;
}

/**
 * Checks CA, client certificate and key: each decodes and parses, cert and key come together, and the key
 * belongs to the certificate. Returns the first problem, or undefined.
 */
export function checkTlsMaterial(input: TlsMaterialInput): MaterialProblem | undefined {
  if (input.ca !== undefined) {
    const decoded = decodePemData(input.ca);
    if ('error' in decoded) return { field: 'ca', message: decoded.error };
    const parsed = parseCertificates(decoded.value);
    if ('error' in parsed) return { field: 'ca', message: parsed.error };
  }
  if (input.cert === undefined && input.key === undefined) return undefined;
  if (input.pairUsesFiles === true) return checkPartsAlone(input.cert, input.key);
  if (input.cert === undefined)
    return { field: 'cert', message: 'is missing (a client key needs its certificate)' };
  if (input.key === undefined)
    return { field: 'key', message: 'is missing (a client certificate needs its key)' };
  const certPem = decodePemData(input.cert);
  if ('error' in certPem) return { field: 'cert', message: certPem.error };
  const keyPem = decodePemData(input.key);
  if ('error' in keyPem) return { field: 'key', message: keyPem.error };
  const certificates = parseCertificates(certPem.value);
  if ('error' in certificates) return { field: 'cert', message: certificates.error };
  const key = parsePrivateKey(keyPem.value);
  if ('error' in key) return { field: 'key', message: key.error };
  const leaf = certificates.value[0];
  if (leaf === undefined || !leaf.checkPrivateKey(key.value)) {
    return { field: 'key', message: 'does not match the client certificate' };
  }
  return undefined;
}

function checkPartsAlone(cert: string | undefined, key: string | undefined): MaterialProblem | undefined {
  if (cert !== undefined) {
    const pem = decodePemData(cert);
    if ('error' in pem) return { field: 'cert', message: pem.error };
    const parsed = parseCertificates(pem.value);
    if ('error' in parsed) return { field: 'cert', message: parsed.error };
  }
  if (key !== undefined) {
    const pem = decodePemData(key);
    if ('error' in pem) return { field: 'key', message: pem.error };
    const parsed = parsePrivateKey(pem.value);
    if ('error' in parsed) return { field: 'key', message: parsed.error };
  }
  return undefined;
}
