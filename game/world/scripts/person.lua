-- The player's heavy request as a script: the same work as the Rust default
-- (game/world/src/work.rs), so the two can be compared. Edit it and reload
-- (POST /admin/scripts/reload): every Person switches at its next heavy request. Leave
-- this file out of a release and the Rust default computes it.
--
-- What the host gives: `init(seed)` makes a Person's state (seeded from the player's
-- id); `heavy(state, work)` answers `Heavy { work }` (work is 1..16) with a whole
-- number >= 0, the client's `HeavyResult.value`. `random(n)` draws 1..n from the
-- player's own generator. An error, an endless loop or another kind of value ends the
-- player's Person alone (the client is told why and logs in again), naming this file and
-- line.

local M = { version = "1" }

function M.init(seed)
  return { valued = 0 }
end

-- The inventory valuation: 1,024 rounds a unit of work, as the Rust default (a
-- generator modulo 2^31, written as a literal: see ai.lua).
function M.heavy(s, work)
  local acc = 2654435769
  for round = 1, 1024 * work do
    acc = (acc * 69069 + round) % 2147483648
  end
  s.valued += 1
  return acc
end

return M
