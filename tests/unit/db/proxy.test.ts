/** How a request is seen behind a reverse proxy (src/server/proxy.ts): pure functions. */
import { describe, expect, it } from 'vitest';
import { isLoopbackHost, parseTrustProxy, publicOriginProblem, resolveClient } from '../../../src/server/proxy.ts';

describe('TRUST_PROXY', () => {
  it('is a number of proxies; unset, false or 0 trust none; nonsense stops the start', () => {
    expect([undefined, '', 'false', '0', 'no'].map(parseTrustProxy)).toEqual([0, 0, 0, 0, 0]);
    expect([parseTrustProxy('true'), parseTrustProxy('1'), parseTrustProxy('2')]).toEqual([1, 1, 2]);
    expect(() => parseTrustProxy('loopback')).toThrow(/TRUST_PROXY harus berupa jumlah proxy/);
  });
});

describe('the client behind a proxy', () => {
  const headers = { 'x-forwarded-for': '6.6.6.6, 198.51.100.7', 'x-forwarded-proto': 'https' };
  it('without trust, forwarded headers are ignored: the socket is the client', () => {
    expect(resolveClient(headers, '::ffff:127.0.0.1', false, 0)).toEqual({ ip: '127.0.0.1', proto: 'http' });
  });
  it('with one trusted proxy, the client is what that proxy saw (the last entry), never one the client wrote', () => {
    expect(resolveClient(headers, '127.0.0.1', false, 1)).toEqual({ ip: '198.51.100.7', proto: 'https' });
    expect(resolveClient(headers, '127.0.0.1', false, 2)).toEqual({ ip: '6.6.6.6', proto: 'https' });
    // More trusted hops than entries: the leftmost there is.
    expect(resolveClient({ 'x-forwarded-for': '198.51.100.7' }, '127.0.0.1', false, 3).ip).toBe('198.51.100.7');
    expect(resolveClient({}, '127.0.0.1', true, 1)).toEqual({ ip: '127.0.0.1', proto: 'https' });
  });
});

describe('the PUBLIC_ORIGIN guard', () => {
  it('speaks up only when the server serves the network with no address others can open', () => {
    expect(publicOriginProblem({ host: '127.0.0.1', publicOrigin: 'http://localhost:4321', publicOriginSet: false })).toBeNull();
    expect(publicOriginProblem({ host: '0.0.0.0', publicOrigin: 'http://localhost:4321', publicOriginSet: false })).toBe('PUBLIC_ORIGIN belum diatur');
    expect(publicOriginProblem({ host: '0.0.0.0', publicOrigin: 'http://127.0.0.1:4321', publicOriginSet: true })).toMatch(/menunjuk ke komputer ini/);
    expect(publicOriginProblem({ host: '0.0.0.0', publicOrigin: 'http://192.168.1.20:4321', publicOriginSet: true })).toBeNull();
    expect(publicOriginProblem({ host: '0.0.0.0', publicOrigin: 'https://netral.kemenag.go.id', publicOriginSet: true })).toBeNull();
    expect(['localhost', '127.0.0.2', '::1', '[::1]', 'app.localhost'].every(isLoopbackHost)).toBe(true);
    expect(isLoopbackHost('10.0.0.1')).toBe(false);
  });
});
