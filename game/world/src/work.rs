//! The seed's heavy request: real CPU work a Person (or an AI, or a battle) spends on one
//! request, proportional to what it asks for.

/// Largest `Heavy.work`.
pub const HEAVY_WORK_MAX: u32 = 16;
/// Rounds of the valuation per unit of `Heavy.work` (about 2 µs here).
const HEAVY_ROUNDS_PER_WORK: u64 = 1024;

/// The inventory valuation: real CPU work proportional to `work`.
///
/// # Errors
/// When `work` is outside `1..=HEAVY_WORK_MAX`.
pub fn heavy_work(work: u32) -> Result<u64, String> {
    if !(1..=HEAVY_WORK_MAX).contains(&work) {
        return Err(format!("heavy work must be 1..={HEAVY_WORK_MAX}"));
    }
    let rounds = u64::from(work) * HEAVY_ROUNDS_PER_WORK;
    let value = (0..rounds).fold(0x9e37_79b9_7f4a_7c15_u64, |acc, round| {
        let mixed = (acc ^ round).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        mixed ^ (mixed >> 31)
    });
    Ok(std::hint::black_box(value))
}
