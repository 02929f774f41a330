//! The library in IndexedDB: database `accord`, object store `articles`, one record per
//! entry keyed by its id, the value being the entry as JSON (it carries its
//! `schema_version`: version-1 entries are migrated as they are read), and object store
//! `meta` for the rest (the analyst's split and join decisions on groups).
//!
//! Every write waits for its transaction to complete, so a failure (quota exceeded, a
//! blocked database) is reported before the app touches its in-memory library.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::model::Entry;

const DB_NAME: &str = "accord";
/// Version 2 added the `meta` store (the analyst's grouping decisions).
const DB_VERSION: u32 = 2;
const STORE: &str = "articles";
const META: &str = "meta";

/// An open library database.
pub struct Db(IdbDatabase);

/// A readable reason for a failure from the browser.
pub fn reason(e: &JsValue) -> String {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        let msg = d.message();
        return if msg.is_empty() {
            d.name()
        } else {
            format!("{}: {msg}", d.name())
        };
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return format!(
            "{}: {}",
            String::from(err.name()),
            String::from(err.message())
        );
    }
    e.as_string().unwrap_or_else(|| "unknown error".into())
}

fn request_done(req: &IdbRequest) -> JsFuture {
    let req = req.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let r = req.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        let r = req.clone();
        let err = Closure::once_into_js(move |_: web_sys::Event| {
            let e = r
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or(JsValue::UNDEFINED);
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        req.set_onerror(Some(err.unchecked_ref()));
    });
    JsFuture::from(promise)
}

fn transaction_done(tx: &IdbTransaction) -> JsFuture {
    let tx = tx.clone();
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        let t = tx.clone();
        let reject2 = reject.clone();
        let err = Closure::once_into_js(move |_: web_sys::Event| {
            let e = t
                .error()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("the write failed"));
            let _ = reject2.call1(&JsValue::NULL, &e);
        });
        tx.set_onerror(Some(err.unchecked_ref()));
        let t = tx.clone();
        let abort = Closure::once_into_js(move |_: web_sys::Event| {
            let e = t
                .error()
                .map(JsValue::from)
                .unwrap_or_else(|| JsValue::from_str("the write was aborted"));
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        tx.set_onabort(Some(abort.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Opens (and on first use creates) the library database.
pub async fn open() -> Result<Db, String> {
    let factory = web_sys::window()
        .ok_or("no window")?
        .indexed_db()
        .map_err(|e| reason(&e))?
        .ok_or("IndexedDB is not available in this browser")?;
    let req = factory
        .open_with_u32(DB_NAME, DB_VERSION)
        .map_err(|e| reason(&e))?;
    let r = req.clone();
    let upgrade = Closure::once_into_js(move |_: web_sys::Event| {
        if let Ok(db) = r.result().map(IdbDatabase::unchecked_from_js) {
            for name in [STORE, META] {
                if !db.object_store_names().contains(name) {
                    let _ = db.create_object_store(name);
                }
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db = request_done(&req).await.map_err(|e| reason(&e))?;
    Ok(Db(db.unchecked_into()))
}

impl Db {
    fn tx(
        &self,
        mode: IdbTransactionMode,
    ) -> Result<(IdbTransaction, web_sys::IdbObjectStore), String> {
        self.tx_on(STORE, mode)
    }

    fn tx_on(
        &self,
        name: &str,
        mode: IdbTransactionMode,
    ) -> Result<(IdbTransaction, web_sys::IdbObjectStore), String> {
        let tx = self
            .0
            .transaction_with_str_and_mode(name, mode)
            .map_err(|e| reason(&e))?;
        let store = tx.object_store(name).map_err(|e| reason(&e))?;
        Ok((tx, store))
    }

    /// A value of the `meta` store (JSON text), if there is one.
    pub async fn get_meta(&self, key: &str) -> Result<Option<String>, String> {
        let (_tx, store) = self.tx_on(META, IdbTransactionMode::Readonly)?;
        let req = store.get(&JsValue::from_str(key)).map_err(|e| reason(&e))?;
        let v = request_done(&req).await.map_err(|e| reason(&e))?;
        Ok(v.as_string())
    }

    /// Writes a value of the `meta` store (JSON text).
    pub async fn put_meta(&self, key: &str, json: &str) -> Result<(), String> {
        let (tx, store) = self.tx_on(META, IdbTransactionMode::Readwrite)?;
        let done = transaction_done(&tx);
        store
            .put_with_key(&JsValue::from_str(json), &JsValue::from_str(key))
            .map_err(|e| reason(&e))?;
        done.await.map(|_| ()).map_err(|e| reason(&e))
    }

    /// Every entry, version-1 ones migrated; records of an unknown schema version or
    /// unreadable ones are skipped (and counted in the second value).
    pub async fn load_all(&self) -> Result<(Vec<Entry>, usize), String> {
        let (_tx, store) = self.tx(IdbTransactionMode::Readonly)?;
        let req = store.get_all().map_err(|e| reason(&e))?;
        let all = request_done(&req).await.map_err(|e| reason(&e))?;
        let mut out = Vec::new();
        let mut skipped = 0;
        for v in js_sys::Array::from(&all).iter() {
            // Entries of schema version 1 are read into the current version (migrated);
            // they are written back in it at their next change.
            match v.as_string().map(|s| Entry::from_json(&s)) {
                Some(Ok(e)) => out.push(e),
                _ => skipped += 1,
            }
        }
        Ok((out, skipped))
    }

    /// Writes entries in one transaction: all are saved or none.
    pub async fn put_all(&self, entries: &[Entry]) -> Result<(), String> {
        let (tx, store) = self.tx(IdbTransactionMode::Readwrite)?;
        let done = transaction_done(&tx);
        for e in entries {
            let json = crate::job::to_json(e)?;
            if let Err(err) =
                store.put_with_key(&JsValue::from_str(&json), &JsValue::from_str(&e.id))
            {
                let _ = tx.abort();
                return Err(reason(&err));
            }
        }
        done.await.map(|_| ()).map_err(|e| reason(&e))
    }

    /// Deletes one entry.
    pub async fn delete(&self, id: &str) -> Result<(), String> {
        let (tx, store) = self.tx(IdbTransactionMode::Readwrite)?;
        let done = transaction_done(&tx);
        store
            .delete(&JsValue::from_str(id))
            .map_err(|e| reason(&e))?;
        done.await.map(|_| ()).map_err(|e| reason(&e))
    }

    /// Deletes every entry.
    pub async fn clear(&self) -> Result<(), String> {
        let (tx, store) = self.tx(IdbTransactionMode::Readwrite)?;
        let done = transaction_done(&tx);
        store.clear().map_err(|e| reason(&e))?;
        done.await.map(|_| ()).map_err(|e| reason(&e))
    }
}
