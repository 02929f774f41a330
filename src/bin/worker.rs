//! The analysis Web Worker's entry point: answers analysis jobs posted by the page.
fn main() {
    accord_web::services::worker_host::serve();
}
