-- The seed's AI as a script: the same work as the Rust default (game/world/src/ai.rs),
-- so the two can be compared. Edit it and reload (POST /admin/scripts/reload): every
-- AI switches at its next decision.
--
-- What the host gives: `init(seed)` makes an entity's state; `light(state)` and
-- `heavy(state, work)` are its decisions (5 a second, one of them heavy, in the seed);
-- `random(n)` draws 1..n from the entity's own generator. A function that errors or
-- loops ends its entity alone, with this file's name and line; its supervisor restarts
-- it.

local M = { version = "1" }

-- The four steps an entity may take.
local STEPS = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } }

-- The generator works modulo 2^31, written as a literal in each loop: Luau computes `%`
-- by a constant power of two about twice as fast as by a variable or another number
-- (measured: game/scripts/examples/call_times.rs).

function M.init(seed)
  return { mind = seed % 2147483648, x = 0, y = 0 }
end

-- A light decision: look around (a few generator steps), pick a direction, take a step.
-- Returns the direction (0..3).
function M.light(s)
  local m = s.mind
  for _ = 1, 4 do
    m = (m * 1103515245 + 12345) % 2147483648
  end
  s.mind = m
  local direction = m % 4
  local step = STEPS[direction + 1]
  s.x += step[1]
  s.y += step[2]
  return direction
end

-- A heavy decision: real work in proportion to `work` (1,024 rounds a unit, as the
-- Rust default).
function M.heavy(s, work)
  local acc = s.mind
  for round = 1, 1024 * work do
    acc = (acc * 1103515245 + round) % 2147483648
  end
  s.mind = acc
  return acc
end

return M
