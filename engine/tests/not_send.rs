//! Compile-time checks: shard-local handles are `!Send` (they must never leave their
//! shard's thread); identities and the node handle are `Send`/`Sync`.
//!
//! The `!Send` check uses trait-resolution ambiguity: if the type were `Send`, both impls
//! of `AmbiguousIfSend` would apply and `assert_not_send!` would fail to compile.

use hearth_engine::{Addr, Ctx, MonitorRef, NodeHandle, Pid, Process, ShardCtx};

#[allow(dead_code)]
trait AmbiguousIfSend<A> {
    fn some_item() {}
}
impl<T: ?Sized> AmbiguousIfSend<()> for T {}
#[allow(dead_code)]
struct Invalid;
impl<T: ?Sized + Send> AmbiguousIfSend<Invalid> for T {}

macro_rules! assert_not_send {
    ($type:ty) => {
        const _: fn() = || {
            let _ = <$type as AmbiguousIfSend<_>>::some_item;
        };
    };
}

struct AnyProcess;
impl Process for AnyProcess {
    type Msg = ();
    fn handle(&mut self, (): (), _ctx: &mut Ctx<'_, Self>) {}
}

assert_not_send!(Ctx<'static, AnyProcess>);
assert_not_send!(ShardCtx<'static>);

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn identities_and_the_node_handle_cross_threads() {
    assert_send_sync::<Pid>();
    assert_send_sync::<Addr<u64>>();
    assert_send_sync::<MonitorRef>();
    assert_send_sync::<NodeHandle>();
}
