//! Drawings of the tracker as SVG, computed in Rust: pure layout functions (positions,
//! sizes, labels) tested natively; the components only turn them into SVG elements.

pub mod network;
pub mod timeline;

/// `x` with one decimal (`12.3`, `-0.5`), rounded half away from zero: the numbers of the
/// drawings and of size messages. Written by hand: the standard float formatting is
/// large in WebAssembly, and this is all the app needs of it.
pub fn one_decimal(x: f64) -> String {
    let tenths = (x * 10.0).round();
    if !tenths.is_finite() {
        return "0.0".into();
    }
    let t = tenths as i64;
    let sign = if t < 0 { "-" } else { "" };
    let a = t.unsigned_abs();
    format!("{sign}{}.{}", a / 10, a % 10)
}

/// Sine, cosine and natural logarithm for the layouts: the browser's in the web app (the
/// standard library's bring libm's code into the download), the standard library's
/// natively. They agree far below the 0.1 unit the drawings are rounded to.
#[cfg(target_arch = "wasm32")]
pub(crate) mod math {
    pub fn sin(x: f64) -> f64 {
        js_sys::Math::sin(x)
    }
    pub fn cos(x: f64) -> f64 {
        js_sys::Math::cos(x)
    }
    pub fn ln(x: f64) -> f64 {
        js_sys::Math::log(x)
    }
}

/// See the wasm32 version.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) mod math {
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    pub fn ln(x: f64) -> f64 {
        x.ln()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_decimal_rounds_like_the_drawings_need() {
        use super::one_decimal;
        assert_eq!(one_decimal(12.34), "12.3");
        assert_eq!(one_decimal(12.36), "12.4");
        assert_eq!(one_decimal(0.0), "0.0");
        assert_eq!(one_decimal(-0.46), "-0.5");
        assert_eq!(one_decimal(560.0), "560.0");
        assert_eq!(one_decimal(f64::NAN), "0.0");
    }
}
