/**
 * Test-only TLS material: two self-signed EC P-256 certificates with their keys (not secret: generated for
 * tests, valid until 2126). `A` and `B` do not match each other.
 */

/** Certificate A (CN=test-a). */
export const CERT_A = `-----BEGIN CERTIFICATE-----
MIIBejCCAR+gAwIBAgIUXT0lWCLQJ0Tqk+ypSMsazYOj2/QwCgYIKoZIzj0EAwIw
ETEPMA0GA1UEAwwGdGVzdC1hMCAXDTI2MTEyMzIwMDMzMFoYDzIxMjYxMDMwMjAw
MzMwWjARMQ8wDQYDVQQDDAZ0ZXN0LWEwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNC
AAQNtQIevuoOLX1LMAk57JiWylWXF7VazwJQUirHoazhU2qncSpMGVnyghG8PsrM
1A+CBZ2vJjnbitdZ6o0gI8BZo1MwUTAdBgNVHQ4EFgQU4BlBCPxNokhopzU0zOYl
iwxeuHcwHwYDVR0jBBgwFoAU4BlBCPxNokhopzU0zOYliwxeuHcwDwYDVR0TAQH/
BAUwAwEB/zAKBggqhkjOPQQDAgNJADBGAiEAvQ0rcrRVmr+je0oriPmVl7IqT8wX
sF1RZ15Galo5bXUCIQC9Vvudrlz8xMcPKkys27i4+kqhQhM5bigZLy71iq4MiQ==
-----END CERTIFICATE-----`;

/** Private key of certificate A. */
export const KEY_A = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg+nNEMcz5XY630Ecm
YZC6tRR5Xye7ndwWBAM8H/ONf3uhRANCAAQNtQIevuoOLX1LMAk57JiWylWXF7Va
zwJQUirHoazhU2qncSpMGVnyghG8PsrM1A+CBZ2vJjnbitdZ6o0gI8BZ
-----END PRIVATE KEY-----`;

/** Certificate B (CN=test-b). */
export const CERT_B = `-----BEGIN CERTIFICATE-----
MIIBeTCCAR+gAwIBAgIUXDYgPcla0mNGKCIkAZgdvn5pG90wCgYIKoZIzj0EAwIw
ETEPMA0GA1UEAwwGdGVzdC1iMCAXDTI2MTEyMzIwMDMzMFoYDzIxMjYxMDMwMjAw
MzMwWjARMQ8wDQYDVQQDDAZ0ZXN0LWIwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNC
AASs7yTHxFkozvLdcm7FEKdmadmCCGyfC1OzoqlJFMZ0PBMU/YTmpfbNW9LHgprR
q6gYsjuLdqCf3u8rgOIF0vBso1MwUTAdBgNVHQ4EFgQUFOIeRuOWnpI5nKlOyART
k0OpIXYwHwYDVR0jBBgwFoAUFOIeRuOWnpI5nKlOyARTk0OpIXYwDwYDVR0TAQH/
BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiBm+wHigtKh3M5Ug/UbIZmPYWSzsXId
dE83mVnzA/oV9gIhAOMevUeGFmRr3KL8NOeJVcnPdwh08BcWxsgGOouN0qxh
-----END CERTIFICATE-----`;

/** Private key of certificate B. */
export const KEY_B = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgQ+hwiA6lYlH9NJTx
tPPIsxrqompY5jvrFV+TQ5TFtxKhRANCAASs7yTHxFkozvLdcm7FEKdmadmCCGyf
C1OzoqlJFMZ0PBMU/YTmpfbNW9LHgprRq6gYsjuLdqCf3u8rgOIF0vBs
-----END PRIVATE KEY-----`;

/** base64 of a PEM text, as in kubeconfig `*-data` fields. */
export function b64(pem: string): string {
  return Buffer.from(pem).toString('base64');
}
