//! Map cells: entering, moving within, and handing over between cells.

use super::*;

impl Player {
    /// Tells the player's cell where it is; across a border, hands it over to the next.
    pub(super) fn track_cell(&mut self, ctx: &mut PersonCtx<'_>) {
        let (x, y) = self.record.position;
        let id = cell_of(x, y);
        if let Some(CellSlot { id: current, pid }) = &self.cell
            && *current == id
        {
            if let Some((cell, _)) = pid {
                let person = ctx.me();
                let _ = ctx.send(Addr::from_pid(*cell), CellMsg::Move { person, x, y });
            }
            return;
        }
        self.leave_cell(ctx);
        self.cell = Some(CellSlot { id, pid: None });
        let (player, person) = (self.args.player, ctx.me());
        let enter = CellMsg::Enter {
            player,
            person,
            x,
            y,
        };
        if let Some(cell) = whereis_name(&cell_name(id), ctx) {
            let _ = ctx.send(Addr::from_pid(cell), enter);
        } else if let Some(host) = home_host(id, ctx) {
            let enter = HostMsg::<Cell>::deliver(id, true, enter);
            let _ = ctx.send(Addr::from_pid(host), enter);
        }
    }

    pub(super) fn leave_cell(&mut self, ctx: &mut PersonCtx<'_>) {
        if let Some(CellSlot {
            pid: Some((cell, monitor)),
            ..
        }) = self.cell.take()
        {
            ctx.demonitor(monitor, true);
            let _ = ctx.send(Addr::from_pid(cell), CellMsg::Leave { person: ctx.me() });
        }
    }

    pub(super) fn cell_entered(&mut self, id: u32, cell: Pid, ctx: &mut PersonCtx<'_>) {
        match self.cell.as_mut() {
            Some(slot) if slot.id == id && slot.pid.is_none() => {
                slot.pid = Some((cell, ctx.monitor(cell)));
                if let Some(route) = self.route() {
                    let route = CellMsg::Route {
                        person: ctx.me(),
                        route: Some(route),
                    };
                    let _ = ctx.send(Addr::from_pid(cell), route);
                }
            }
            // Entered a cell the player has left since: leave it.
            _ => {
                let _ = ctx.send(Addr::from_pid(cell), CellMsg::Leave { person: ctx.me() });
            }
        }
    }

    /// Our cell ended (crashed and restarted, or stopped): enter again on the next move.
    pub(super) fn cell_down(&mut self, cell: Pid) -> bool {
        let ours = self
            .cell
            .as_ref()
            .is_some_and(|slot| slot.pid.is_some_and(|(pid, _)| pid == cell));
        if ours {
            self.cell = None;
        }
        ours
    }
}
