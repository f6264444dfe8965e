/** The join address a projector shows, and the unit tree a join is checked against. */
import { afterEach, describe, expect, it } from 'vitest';
import { isLocalHost, joinTarget, lanAddresses } from '../../../src/server/sessions/join-url.ts';
import { splitJoinUrl } from '../../../src/components/session/JoinAddress.tsx';

const nic = (address: string, internal = false, family: 'IPv4' | 'IPv6' = 'IPv4') => ({ address, internal, family, netmask: '', mac: '', cidr: null }) as never;
const interfaces = { lo: [nic('127.0.0.1', true)], wlan0: [nic('192.168.1.23'), nic('fe80::1', false, 'IPv6')], eth0: [nic('10.0.0.5'), nic('169.254.3.3')] };
const saved = process.env.PUBLIC_ORIGIN;
afterEach(() => {
  if (saved === undefined) delete process.env.PUBLIC_ORIGIN;
  else process.env.PUBLIC_ORIGIN = saved;
});

describe('the join address', () => {
  it('knows which host names no phone can open', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]', 'app.localhost']) expect(isLocalHost(h), h).toBe(true);
    for (const h of ['192.168.1.23', 'netral.kemenag.go.id', '10.0.0.5']) expect(isLocalHost(h), h).toBe(false);
  });
  it('lists the LAN IPv4 addresses, not loopback or link-local', () => {
    expect(lanAddresses(interfaces)).toEqual(['192.168.1.23', '10.0.0.5']);
  });
  it('on a local origin shows the LAN address with the same port, and says it is local', () => {
    delete process.env.PUBLIC_ORIGIN;
    expect(joinTarget(new URL('http://localhost:4321/staf/sesi/x/layar'), 'ABC234', interfaces)).toEqual({
      url: 'http://192.168.1.23:4321/sesi/ABC234', lan: ['http://192.168.1.23:4321/sesi/ABC234', 'http://10.0.0.5:4321/sesi/ABC234'], local: true,
    });
    expect(joinTarget(new URL('http://127.0.0.1:4321/'), 'ABC234', { lo: interfaces.lo })).toEqual({ url: 'http://127.0.0.1:4321/sesi/ABC234', lan: [], local: true });
  });
  it('keeps a public address as it is', () => {
    process.env.PUBLIC_ORIGIN = 'https://netral.example.go.id';
    expect(joinTarget(new URL('http://127.0.0.1:4321/'), 'ABC234', interfaces)).toEqual({ url: 'https://netral.example.go.id/sesi/ABC234', lan: [], local: false });
  });
  it('breaks only between the host and "/sesi/CODE"', () => {
    expect(splitJoinUrl('http://192.168.1.23:4321/sesi/ABC234')).toEqual({ origin: 'http://192.168.1.23:4321', path: '/sesi/ABC234' });
  });
});
