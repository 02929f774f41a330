//! scratch
use std::io::Read;
fn main() {
    let mut s = String::new();
    std::io::stdin().read_to_string(&mut s).ok();
    print!("{}", accord_core::explain(&s, None));
}
