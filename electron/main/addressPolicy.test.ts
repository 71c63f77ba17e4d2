import { describe, expect, it } from 'vitest';
import { canonicalHost, classifyAddress } from './addressPolicy';

describe('classifyAddress', () => {
  it('counts ordinary unicast addresses as the internet', () => {
    for (const address of ['93.184.215.14', '1.1.1.1', '8.8.8.8', '2606:4700:4700::1111', '2a00:1450:4001:80b::200e'])
      expect(classifyAddress(address), address).toBe('public');
  });

  it('refuses this computer, the own network and link-local, in every spelling', () => {
    const cases: [string, string][] = [
      ['127.0.0.1', 'loopback'],
      ['127.255.255.254', 'loopback'],
      ['::1', 'loopback'],
      ['0:0:0:0:0:0:0:1', 'loopback'],
      ['::ffff:127.0.0.1', 'loopback'],
      ['::ffff:7f00:1', 'loopback'],
      ['10.0.0.1', 'private'],
      ['172.16.5.4', 'private'],
      ['172.31.255.255', 'private'],
      ['192.168.1.1', 'private'],
      ['100.64.0.1', 'private'],
      ['::ffff:192.168.1.1', 'private'],
      ['169.254.169.254', 'link-local'],
      ['fe80::1', 'link-local'],
      ['fd00:ec2::254', 'unique-local'],
      ['fc00::1', 'unique-local'],
      ['224.0.0.1', 'multicast'],
      ['ff02::1', 'multicast'],
    ];
    for (const [address, kind] of cases) expect(classifyAddress(address), address).toBe(kind);
  });

  it('refuses what is no host on the internet', () => {
    for (const address of [
      '0.0.0.0',
      '255.255.255.255',
      '192.0.2.1',
      '198.18.0.1',
      '240.0.0.1',
      '::',
      '2001:db8::1',
      '2001::1',
      'not-an-ip',
      '',
      '999.1.1.1',
    ])
      expect(classifyAddress(address), address).toBe('special');
  });

  it('judges the IPv4 address inside NAT64 and 6to4 addresses', () => {
    expect(classifyAddress('64:ff9b::5db8:d70e')).toBe('public'); // 93.184.215.14
    expect(classifyAddress('64:ff9b::7f00:1')).toBe('loopback'); // 127.0.0.1
    expect(classifyAddress('64:ff9b::a9fe:a9fe')).toBe('link-local'); // 169.254.169.254
    expect(classifyAddress('2002:c0a8:0101::1')).toBe('private'); // 192.168.1.1
    expect(classifyAddress('2002:5db8:d70e::1')).toBe('public');
  });

  it('names one host one way', () => {
    expect(canonicalHost('[::0001]')).toBe('::1');
    expect(canonicalHost('0000:0000:0000:0000:0000:0000:0000:0001')).toBe('::1');
    expect(canonicalHost('Router.Local')).toBe('router.local');
    expect(canonicalHost('192.168.001.001')).toBe('192.168.1.1');
  });
});
