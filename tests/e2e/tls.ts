/**
 * A certificate for serving the test pages over HTTPS under real host names (teams.cloud.microsoft…): made at
 * test time by Debian's openssl, self-signed, valid for one day, never written outside a temporary folder. The
 * browsers are told to accept it (Chromium's --ignore-certificate-errors, Firefox's acceptInsecureCerts), so no
 * certificate authority is installed anywhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TlsCertificate {
  key: string;
  cert: string;
}

/** A fresh self-signed certificate for `hosts` (and 127.0.0.1). Fails with a clear message when openssl is missing. */
export function selfSignedCertificate(hosts: readonly string[]): TlsCertificate {
  const dir = mkdtempSync(join(tmpdir(), 'business-lens-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const names = [...hosts.map((host) => `DNS:${host}`), 'IP:127.0.0.1'].join(',');
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=Business Lens end-to-end tests',
        '-addext',
        `subjectAltName=${names}`,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'pipe' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? 'The end-to-end tests under real host names need openssl to make a test certificate: `sudo apt-get install -y openssl`.'
        : `openssl could not make a test certificate: ${String((error as { stderr?: Buffer }).stderr ?? error)}`,
      { cause: error },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
