import { describe, expect, it, vi } from 'vitest';
import { classifyByAddress, guardHost, type Lookup } from './hostGuard';

const table =
  (answers: Record<string, string[]>): Lookup =>
  async (hostname) => {
    const found = answers[hostname];
    if (found === undefined) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    return found.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };

const options = (answers: Record<string, string[]>) => ({ lookup: table(answers), classify: classifyByAddress });

describe('guardHost', () => {
  it("passes a name whose every address is on the internet, and pins them in the resolver's order", async () => {
    expect(
      await guardHost(
        'example.org',
        443,
        false,
        options({ 'example.org': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'] }),
      ),
    ).toEqual({
      ok: true,
      value: [
        { address: '93.184.215.14', family: 4 },
        { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
      ],
    });
  });

  it('refuses a name with any address on this computer or the own network', async () => {
    const answers = {
      'evil.example': ['93.184.215.14', '127.0.0.1'],
      'intranet.example': ['10.1.2.3'],
      localhost: ['127.0.0.1', '::1'],
    };
    for (const host of Object.keys(answers)) {
      const result = await guardHost(host, 80, false, options(answers));
      expect(result.ok, host).toBe(false);
      if (!result.ok) expect(result.error).toBe('private-address');
    }
  });

  it('judges address literals without asking the resolver', async () => {
    const lookup = vi.fn(table({}));
    for (const host of ['127.0.0.1', '[::1]', '169.254.169.254', '[fd00::1]', '0.0.0.0'])
      expect((await guardHost(host, 80, false, { lookup, classify: classifyByAddress })).ok, host).toBe(false);
    expect((await guardHost('93.184.215.14', 80, false, { lookup, classify: classifyByAddress })).ok).toBe(true);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('lets a confirmed host reach the own network, but never multicast or special addresses', async () => {
    const answers = { 'router.lan': ['192.168.1.1'], 'odd.lan': ['224.0.0.5'] };
    expect((await guardHost('router.lan', 80, true, options(answers))).ok).toBe(true);
    expect((await guardHost('127.0.0.1', 8080, true, options(answers))).ok).toBe(true);
    expect((await guardHost('odd.lan', 80, true, options(answers))).ok).toBe(false);
  });

  it('says when a name does not resolve', async () => {
    expect(await guardHost('nowhere.example', 80, false, options({}))).toMatchObject({
      ok: false,
      error: 'unresolvable',
    });
  });

  it('asks the resolver once per connection', async () => {
    const lookup = vi.fn(table({ 'example.org': ['93.184.215.14'] }));
    await guardHost('example.org', 443, false, { lookup, classify: classifyByAddress });
    expect(lookup).toHaveBeenCalledTimes(1);
  });
});
