//! The page's entry point: renders [`accord_web::App`].
fn main() {
    accord_web::start();
}
