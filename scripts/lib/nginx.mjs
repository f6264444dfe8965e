// deploy/nginx-netral.conf run as it is, for the deployment test and bench: the test ports,
// name and a test certificate swapped in, nginx started in a private prefix (no root paths).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';

/**
 * One request without following redirects, trusting the test certificate (https) — what curl -k
 * does. Resolves to { status, headers }.
 * @param {string} url
 * @param {{ method?: string; headers?: Record<string, string> }} [opts]
 * @returns {Promise<{ status: number; headers: import('node:http').IncomingHttpHeaders }>}
 */
export function rawRequest(url, opts = {}) {
  const lib = url.startsWith('https:') ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(url, { method: opts.method ?? 'GET', headers: opts.headers, rejectUnauthorized: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * A self-signed certificate for 127.0.0.1 (openssl), as an operator would use a real one.
 * @param {string} dir
 */
export function makeCertificate(dir) {
  const cert = path.join(dir, 'tls.pem');
  const key = path.join(dir, 'tls.key');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'pipe' });
  return { cert, key };
}

/**
 * The site file of `root`/deploy with: the two instances' ports, listen addresses on 127.0.0.1
 * (`http`, `https`), server name 127.0.0.1 and the certificate. `pinned` adds copies of the https
 * server sending everything to one instance each ({ port, instancePort }).
 * @param {string} root
 * @param {{ instancePorts: number[]; http: number; https: number; cert: string; key: string; pinned?: { port: number; instancePort: number }[] }} opts
 */
export function renderSite(root, { instancePorts, http, https, cert, key, pinned = [] }) {
  let site = fs.readFileSync(path.join(root, 'deploy/nginx-netral.conf'), 'utf8');
  /** @param {string | RegExp} from @param {string} to */
  const swap = (from, to) => {
    const next = site.replace(from, to);
    if (next === site) throw new Error(`deploy/nginx-netral.conf no longer has ${from}`);
    site = next;
  };
  swap('server 127.0.0.1:4321;', `server 127.0.0.1:${instancePorts[0]};`);
  swap('server 127.0.0.1:4322;', `server 127.0.0.1:${instancePorts[1]};`);
  swap(/^\s*listen \[::\]:.*$/gm, '');
  swap(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${http};`);
  swap(/^(\s*)listen 443 ssl/m, `$1listen 127.0.0.1:${https} ssl`);
  swap(/server_name netral\.example\.go\.id;/g, 'server_name 127.0.0.1;');
  swap(/ssl_certificate\s+\S+;/, `ssl_certificate ${cert};`);
  swap(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${key};`);
  const httpsServer = site.slice(site.lastIndexOf('server {'));
  for (const [i, p] of pinned.entries()) {
    site += `\nupstream netral_pin${i} { server 127.0.0.1:${p.instancePort}; }\n`;
    site += httpsServer.replace(`listen 127.0.0.1:${https} ssl`, `listen 127.0.0.1:${p.port} ssl`).replaceAll('proxy_pass http://netral;', `proxy_pass http://netral_pin${i};`);
  }
  return site;
}

/**
 * Starts nginx with `site` in the prefix `dir` (its own pid, logs and temp paths); the access log
 * records each request's upstream. Resolves when `probeUrl` answers; returns { stop, accessLog }.
 * @param {string} dir
 * @param {string} site
 * @param {string} probeUrl
 */
export async function startNginx(dir, site, probeUrl) {
  fs.writeFileSync(path.join(dir, 'site.conf'), site);
  const conf = `${process.getuid?.() === 0 ? 'user root;' : ''}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstream '$request_method $uri $status $upstream_addr';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`;
  fs.writeFileSync(path.join(dir, 'nginx.conf'), conf);
  const args = ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', path.join(dir, 'nginx.conf')];
  execFileSync('nginx', [...args, '-t'], { stdio: 'pipe' });
  const child = spawn('nginx', [...args, '-g', 'daemon off;'], { stdio: 'ignore' });
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await rawRequest(probeUrl)).status === 200) break;
      throw new Error('not yet');
    } catch {
      if (Date.now() > deadline) throw new Error(`nginx did not answer:\n${fs.readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    accessLog: () => fs.readFileSync(path.join(dir, 'access.log'), 'utf8'),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
