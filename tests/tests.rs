//! Behaviour tests of the whole pipeline, in one harness.
