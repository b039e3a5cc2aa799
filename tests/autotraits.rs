//! The output types can cross threads: corpus tools parse in parallel.

fn assert_send_sync<T: Send + Sync>() {}

#[test]
fn output_types_are_send_and_sync() {
    assert_send_sync::<police_bulletin::Bulletin<'static>>();
    assert_send_sync::<police_bulletin::Figure<'static>>();
    assert_send_sync::<police_bulletin::Parser>();
    assert_send_sync::<police_bulletin::Error>();
    assert_send_sync::<police_bulletin::Warning>();
}
