/**
 * Takes ARGV[3] points from the bucket at KEYS[1] atomically (Redis runs a script alone), with the
 * Redis server's clock so that every instance agrees. ARGV: capacity, drain rate in points per
 * millisecond, points (0 only looks; negative gives back, down to an empty bucket). The key expires once it would be empty.
 * Returns { allowed (1/0), level after (string: Lua numbers become integers), now in ms }.
 */
export const LEAKY_BUCKET_LUA = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local points = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local b = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = tonumber(b[1]) or 0
local at = tonumber(b[2]) or now
level = math.max(0, level - (now - at) * rate)
local allowed = 0
if level + points <= capacity then
  allowed = 1
  level = math.max(0, level + points)
end
if points ~= 0 then
  redis.call('HSET', KEYS[1], 'level', tostring(level), 'at', tostring(now))
  redis.call('PEXPIRE', KEYS[1], math.ceil(level / rate) + 1000)
end
return { allowed, tostring(level), now }
`;
