-- Battle rules as a script: the same rules as the Rust default (game/world/src/battle.rs).
-- Edit it and reload (POST /admin/scripts/reload): every battle switches at its next
-- message. Leave this file out of a release and battles run the Rust default.
--
-- What the host gives: `init(seed)` makes a battle's state; `damage(state, skill,
-- monster_hp)` says what a player's skill does to the first monster standing (nil
-- refuses the skill); `tick(state, alive, heavy)` is the monsters' turn, 10 times a
-- second by default, `heavy` once a second. `random(n)` draws 1..n from the battle's
-- own generator. `reward(state, damage, players)` is what a victory gives one player who
-- dealt `damage` among `players`: experience and trophies (at most 100,000 and 10). An
-- error or an endless loop ends the battle alone, naming this file and line.

local M = { version = "1" }

-- Damage of skills 1, 2 and 3.
local DAMAGE = { 10, 20, 30 }

function M.init(seed)
  return { mind = seed % 2147483648 }
end

function M.damage(s, skill, monster_hp)
  return DAMAGE[skill]
end

-- The monsters decide: a few generator steps each (light), and once a second a plan
-- (heavy: 1,024 rounds, as the Rust default).
function M.tick(s, alive, heavy)
  local m = s.mind
  for _ = 1, alive do
    m = (m * 1103515245 + 12345) % 2147483648
  end
  if heavy and alive > 0 then
    for round = 1, 1024 do
      m = (m * 1103515245 + round) % 2147483648
    end
  end
  s.mind = m
  return alive
end

-- Every player of a won battle gets 100 experience and a trophy (the Rust default).
function M.reward(s, damage, players)
  return 100, 1
end

return M
