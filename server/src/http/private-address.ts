import { BlockList, isIP } from 'node:net';

/*
 * Addresses a server-side request (webhook delivery, publiccode.yml fetch) must never reach:
 * loopback, private, link-local, CGNAT, documentation, benchmarking, multicast and reserved
 * ranges (SSRF protection). One list for every outgoing request.
 */
const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 3],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/**
 * True for a non-public IP address (brackets allowed). IPv4-mapped IPv6 is judged as the IPv4
 * address it maps to; a mapped address not in dotted form counts as private. A host name is not
 * an address: false (resolve it and check each address).
 */
export function isPrivateAddress(address: string): boolean {
  const ip = address.replace(/^\[|\]$/g, '');
  const family = isIP(ip);
  if (family === 4) return blocked.check(ip, 'ipv4');
  if (family !== 6) return false;
  if (/^::ffff:/i.test(ip)) {
    const v4 = ip.slice(7);
    return isIP(v4) === 4 ? blocked.check(v4, 'ipv4') : true;
  }
  return blocked.check(ip, 'ipv6');
}
