//! Any bytes: no panic, no hang, every span on char boundaries inside the
//! input, and `text == input[span]` for every figure, including those the
//! records hold.
#![no_main]

use libfuzzer_sys::fuzz_target;
use police_bulletin::Parser;

mod check;

fuzz_target!(|data: &[u8]| {
    let Ok(bulletin) = Parser::new().parse_bytes(data) else {
        assert!(std::str::from_utf8(data).is_err());
        return;
    };
    let text = std::str::from_utf8(data).unwrap();
    check::check(text, &bulletin);
});
