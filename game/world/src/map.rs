//! The map's geometry: how far the world reaches and how it is cut into cells (what a
//! Person's position, a map cell and the load's bots agree on).

/// The world spans `-WORLD_EXTENT..=WORLD_EXTENT` on both axes.
pub const WORLD_EXTENT: i32 = 1 << 20;
/// Side of a map cell.
pub const CELL_SIDE: i32 = 256;

const _: () = assert!(
    (2 * WORLD_EXTENT / CELL_SIDE + 1) as u64 * (2 * WORLD_EXTENT / CELL_SIDE + 1) as u64
        <= u32::MAX as u64,
    "cell ids are u32"
);

/// The map cell of a position (within the world).
pub fn cell_of(x: i32, y: i32) -> u32 {
    let side = (2 * WORLD_EXTENT / CELL_SIDE + 1) as u32;
    let column = ((x + WORLD_EXTENT) / CELL_SIDE) as u32;
    let row = ((y + WORLD_EXTENT) / CELL_SIDE) as u32;
    row * side + column
}
