//! accord-web: the yew app (work in progress).
