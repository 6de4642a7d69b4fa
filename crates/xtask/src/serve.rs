//! A tiny static HTTP/1.1 server for the demo and the end-to-end tests: `www/` at `/` and the
//! npm package (`target/npm/`) at `/pkg/`, with a strict Content-Security-Policy on every response.
//! One thread per connection, `Connection: close`, GET and HEAD only. Not for production.
//!
//! Issue 14 (fast on a phone): text and `.wasm` go gzip-compressed to a client that accepts it
//! (`gzip -9` once per file version, kept in memory), with `Vary: Accept-Encoding`; everything but
//! the HTML pages carries an `ETag` and `Cache-Control: no-cache` when the site is served with
//! `cache` (the demo and the benchmark; the e2e tests keep `no-store`), so a cached load
//! revalidates (`304 Not Modified`) instead of downloading again. The HTML pages stay `no-store`. What a host
//! should configure instead (brotli, hashed names, `immutable`) is in the README.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Mutex, OnceLock};
use std::thread::JoinHandle;
use std::time::{Duration, UNIX_EPOCH};

pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; \
frame-ancestors 'none'";

#[derive(Clone)]
pub struct Site {
    /// Served at `/`.
    pub www: PathBuf,
    /// Served at `/pkg/`.
    pub pkg: PathBuf,
    /// Print one line per request.
    pub log: bool,
    /// Let clients keep the package and the page assets (`ETag` + `Cache-Control: no-cache`);
    /// without it every response is `no-store`.
    pub cache: bool,
}

/// Binds 127.0.0.1:`port` (0: any free port) and serves in a background thread.
pub fn start(site: Site, port: u16) -> std::io::Result<(SocketAddr, JoinHandle<()>)> {
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    let addr = listener.local_addr()?;
    let handle = std::thread::Builder::new().name("http-accept".into()).spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let site = site.clone();
            let _ = std::thread::Builder::new().name("http-conn".into()).spawn(move || {
                let _ = handle(stream, &site);
            });
        }
    })?;
    Ok((addr, handle))
}

struct Response {
    status: u16,
    reason: &'static str,
    content_type: &'static str,
    body: Vec<u8>,
    location: Option<String>,
    /// A validator of the file's version (length and modification time), when it is a file.
    etag: Option<String>,
}

impl Response {
    fn text(status: u16, reason: &'static str) -> Self {
        Response {
            status,
            reason,
            content_type: "text/plain; charset=utf-8",
            body: format!("{status} {reason}\n").into_bytes(),
            location: None,
            etag: None,
        }
    }
}

fn handle(mut stream: TcpStream, site: &Site) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new((&stream).take(64 * 1024));
    let mut request_line = String::new();
    if reader.read_line(&mut request_line)? == 0 {
        return Ok(());
    }
    // Of the headers only Accept-Encoding and If-None-Match matter (no body is ever expected:
    // GET and HEAD only).
    let (mut gzip_ok, mut if_none_match) = (false, None::<String>);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            let value = value.trim();
            if name.eq_ignore_ascii_case("accept-encoding") {
                gzip_ok = value.split(',').any(|e| e.split(';').next().is_some_and(|e| e.trim().eq_ignore_ascii_case("gzip")));
            } else if name.eq_ignore_ascii_case("if-none-match") {
                if_none_match = Some(value.to_string());
            }
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let mut response = match method {
        "GET" | "HEAD" => respond(site, target),
        _ => Response::text(405, "Method Not Allowed"),
    };
    let html = response.content_type.starts_with("text/html");
    let not_modified = response.status == 200
        && !html
        && site.cache
        && matches!((&if_none_match, &response.etag), (Some(want), Some(tag)) if want.split(',').any(|w| w.trim() == tag));
    let mut encoding = None;
    if not_modified {
        response.status = 304;
        response.reason = "Not Modified";
        response.body.clear();
    } else if response.status == 200 && gzip_ok && compressible(response.content_type) && response.body.len() > 1024 {
        if let Some(gz) = response.etag.as_deref().and_then(|tag| gzipped(tag, &response.body)) {
            response.body = gz;
            encoding = Some("gzip");
        }
    }
    if site.log {
        println!("{method} {target} {}", response.status);
    }
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\n\
         Cache-Control: {}\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n",
        response.status,
        response.reason,
        response.content_type,
        response.body.len(),
        if html || !site.cache || response.etag.is_none() { "no-store" } else { "no-cache" },
    );
    if let (false, true, Some(tag)) = (html, site.cache, &response.etag) {
        head.push_str(&format!("ETag: {tag}\r\n"));
    }
    if compressible(response.content_type) {
        head.push_str("Vary: Accept-Encoding\r\n");
    }
    if let Some(e) = encoding {
        head.push_str(&format!("Content-Encoding: {e}\r\n"));
    }
    if let Some(loc) = &response.location {
        head.push_str(&format!("Location: {loc}\r\n"));
    }
    if response.status == 405 {
        head.push_str("Allow: GET, HEAD\r\n");
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&response.body)?;
    }
    stream.flush()
}

fn respond(site: &Site, target: &str) -> Response {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return Response::text(400, "Bad Request");
    }
    let Some(decoded) = percent_decode(path) else {
        return Response::text(400, "Bad Request");
    };
    let (base, rest) = if decoded == "/pkg" {
        return redirect("/pkg/");
    } else if let Some(rest) = decoded.strip_prefix("/pkg/") {
        (&site.pkg, rest)
    } else {
        (&site.www, &decoded[1..])
    };
    let Some(relative) = safe_relative(rest) else {
        return Response::text(400, "Bad Request");
    };
    let mut file = base.join(&relative);
    if file.is_dir() {
        if !decoded.ends_with('/') {
            return redirect(&format!("{path}/"));
        }
        file = file.join("index.html");
    }
    // Follow symlinks only within the served directory.
    let (Ok(canonical), Ok(base)) = (file.canonicalize(), base.canonicalize()) else {
        return Response::text(404, "Not Found");
    };
    if !canonical.starts_with(&base) || !canonical.is_file() {
        return Response::text(404, "Not Found");
    }
    match std::fs::read(&canonical) {
        Ok(body) => {
            let modified = std::fs::metadata(&canonical).and_then(|m| m.modified()).ok();
            let nanos = modified.and_then(|m| m.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
            let etag = Some(format!("\"{:x}-{nanos:x}-{:x}\"", body.len(), fnv(canonical.to_string_lossy().as_bytes())));
            Response { status: 200, reason: "OK", content_type: content_type(&canonical), body, location: None, etag }
        }
        Err(_) => Response::text(404, "Not Found"),
    }
}

/// Worth compressing: text and WebAssembly (not images).
fn compressible(content_type: &str) -> bool {
    content_type.starts_with("text/") || matches!(content_type, "application/wasm" | "application/json" | "image/svg+xml" | "application/manifest+json")
}

/// The body compressed by `gzip -9` (once per file version, keyed by its ETag); `None` when gzip
/// is missing or fails (the body then goes uncompressed).
fn gzipped(etag: &str, body: &[u8]) -> Option<Vec<u8>> {
    static CACHE: OnceLock<Mutex<HashMap<String, Vec<u8>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(hit) = cache.lock().ok()?.get(etag) {
        return Some(hit.clone());
    }
    let mut child = std::process::Command::new("gzip")
        .args(["-9", "-n", "-c"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = body.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    if !out.status.success() {
        return None;
    }
    cache.lock().ok()?.insert(etag.to_string(), out.stdout.clone());
    Some(out.stdout)
}

/// FNV-1a, to tell files of the same length and time apart in an ETag.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

fn redirect(location: &str) -> Response {
    Response { location: Some(location.to_string()), ..Response::text(301, "Moved Permanently") }
}

/// A path below the served root, or None for `..`, `.`, absolute parts, backslashes or NULs.
fn safe_relative(rest: &str) -> Option<PathBuf> {
    if rest.contains(['\\', '\0']) {
        return None;
    }
    let mut out = PathBuf::new();
    for segment in rest.split('/') {
        if segment.is_empty() {
            continue;
        }
        let mut comps = Path::new(segment).components();
        match (comps.next(), comps.next()) {
            (Some(Component::Normal(c)), None) => out.push(c),
            _ => return None,
        }
    }
    Some(out)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    match name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json" | "map") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("webmanifest") => "application/manifest+json",
        Some("txt" | "md" | "ts") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh temporary directory with `www/` and `npm/` (the served roots).
    fn temp_site(name: &str) -> (PathBuf, PathBuf, PathBuf) {
        let dir = std::env::temp_dir().join(format!("xtask-serve-{name}-{}", std::process::id()));
        let (www, pkg) = (dir.join("www"), dir.join("npm"));
        std::fs::create_dir_all(&www).unwrap();
        std::fs::create_dir_all(&pkg).unwrap();
        (dir, www, pkg)
    }

    fn get_with(addr: SocketAddr, target: &str, headers: &str) -> Vec<u8> {
        let mut s = TcpStream::connect(addr).unwrap();
        write!(s, "GET {target} HTTP/1.1\r\nHost: x\r\n{headers}\r\n").unwrap();
        let mut out = Vec::new();
        s.read_to_end(&mut out).unwrap();
        out
    }

    fn get(addr: SocketAddr, raw_target: &str) -> String {
        String::from_utf8_lossy(&get_with(addr, raw_target, "")).into_owned()
    }

    #[test]
    fn serves_files_with_headers_and_rejects_traversal() {
        let (dir, www, pkg) = temp_site("test");
        std::fs::create_dir_all(www.join("sub")).unwrap();
        std::fs::write(www.join("index.html"), "<!doctype html>hi").unwrap();
        std::fs::write(www.join("sub/index.html"), "sub").unwrap();
        std::fs::write(pkg.join("a.wasm"), b"\0asm").unwrap();
        std::fs::write(pkg.join("a.js"), "export {}").unwrap();
        std::fs::write(dir.join("secret.txt"), "secret").unwrap();
        let (addr, _) = start(Site { www, pkg, log: false, cache: false }, 0).unwrap();

        let r = get(addr, "/");
        assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
        assert!(r.contains("Content-Type: text/html; charset=utf-8\r\n"));
        assert!(r.contains(&format!("Content-Security-Policy: {CSP}\r\n")));
        assert!(r.contains("X-Content-Type-Options: nosniff\r\n"));
        assert!(r.contains("Cache-Control: no-store\r\n"));
        assert!(r.ends_with("\r\n\r\n<!doctype html>hi"));
        let w = get(addr, "/pkg/a.wasm");
        assert!(w.contains("Content-Type: application/wasm\r\n"));
        assert!(w.contains("Cache-Control: no-store\r\n") && !w.contains("ETag"), "without `cache`: {w}");
        assert!(get(addr, "/pkg/a.js?v=1").contains("Content-Type: text/javascript; charset=utf-8\r\n"));
        assert!(get(addr, "/pkg").starts_with("HTTP/1.1 301"));
        assert!(get(addr, "/sub").contains("Location: /sub/\r\n"));
        assert!(get(addr, "/sub/").ends_with("sub"));
        let nf = get(addr, "/nope.js");
        assert!(nf.starts_with("HTTP/1.1 404") && nf.contains("Content-Security-Policy: "), "{nf}");
        for bad in ["/../secret.txt", "/pkg/../../secret.txt", "/%2e%2e/secret.txt", "/sub/..%2F..%2Fsecret.txt", "/a%5c..%5csecret.txt", "/%00"] {
            let r = get(addr, bad);
            assert!(r.starts_with("HTTP/1.1 400"), "{bad}: {r}");
            assert!(!r.contains("secret\n") && !r.ends_with("secret"), "{bad}");
        }
        let mut s = TcpStream::connect(addr).unwrap();
        write!(s, "POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n").unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        assert!(out.starts_with("HTTP/1.1 405") && out.contains("Allow: GET, HEAD"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn compresses_and_revalidates_the_package() {
        let (dir, www, pkg) = temp_site("gzip");
        let wasm: Vec<u8> = b"\0asm".iter().copied().chain((0..20_000u32).map(|i| (i % 7) as u8)).collect();
        std::fs::write(pkg.join("a.wasm"), &wasm).unwrap();
        std::fs::write(www.join("index.html"), "<!doctype html>".repeat(200)).unwrap();
        let (addr, _) = start(Site { www, pkg, log: false, cache: true }, 0).unwrap();
        let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();

        let plain = get_with(addr, "/pkg/a.wasm", "");
        assert!(plain.ends_with(&wasm) && !text(&plain).contains("Content-Encoding"));
        let gz = get_with(addr, "/pkg/a.wasm", "Accept-Encoding: br, gzip;q=0.9\r\n");
        let head = text(&gz);
        assert!(head.contains("Content-Encoding: gzip\r\n") && head.contains("Vary: Accept-Encoding\r\n"), "{head}");
        assert!(head.contains("Cache-Control: no-cache\r\n"));
        assert!(gz.len() < wasm.len() / 4, "compressed: {} of {}", gz.len(), wasm.len());
        let body = &gz[gz.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4..];
        assert_eq!(&body[..2], &[0x1f, 0x8b], "a gzip stream");
        let tag = head.lines().find_map(|l| l.strip_prefix("ETag: ")).unwrap().to_string();
        let again = text(&get_with(addr, "/pkg/a.wasm", &format!("If-None-Match: {tag}\r\n")));
        assert!(again.starts_with("HTTP/1.1 304") && again.ends_with("\r\n\r\n"), "{again}");
        let other = text(&get_with(addr, "/pkg/a.wasm", "If-None-Match: \"x\"\r\n"));
        assert!(other.starts_with("HTTP/1.1 200"));
        // the pages: compressed, never cached
        let page = text(&get_with(addr, "/", "Accept-Encoding: gzip\r\n"));
        assert!(page.contains("Cache-Control: no-store\r\n") && page.contains("Content-Encoding: gzip") && !page.contains("ETag"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
