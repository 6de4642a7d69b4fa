//! A tiny static HTTP/1.1 server for the demo and the end-to-end tests: `www/` at `/` and the
//! npm package (`target/npm/`) at `/pkg/`, with a strict Content-Security-Policy on every response.
//! One thread per connection, `Connection: close`, GET and HEAD only. Not for production.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread::JoinHandle;
use std::time::Duration;

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
}

impl Response {
    fn text(status: u16, reason: &'static str) -> Self {
        Response {
            status,
            reason,
            content_type: "text/plain; charset=utf-8",
            body: format!("{status} {reason}\n").into_bytes(),
            location: None,
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
    // Headers are read and ignored (no body is ever expected: GET and HEAD only).
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let response = match method {
        "GET" | "HEAD" => respond(site, target),
        _ => Response::text(405, "Method Not Allowed"),
    };
    if site.log {
        println!("{method} {target} {}", response.status);
    }
    let mut head = format!(
        "HTTP/1.1 {} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\n\
         Content-Security-Policy: {CSP}\r\nX-Content-Type-Options: nosniff\r\n\
         Cache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n",
        response.status,
        response.reason,
        response.content_type,
        response.body.len()
    );
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
        Ok(body) => Response { status: 200, reason: "OK", content_type: content_type(&canonical), body, location: None },
        Err(_) => Response::text(404, "Not Found"),
    }
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

    fn get(addr: SocketAddr, raw_target: &str) -> String {
        let mut s = TcpStream::connect(addr).unwrap();
        write!(s, "GET {raw_target} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut out = String::new();
        s.read_to_string(&mut out).unwrap();
        out
    }

    #[test]
    fn serves_files_with_headers_and_rejects_traversal() {
        let dir = std::env::temp_dir().join(format!("xtask-serve-test-{}", std::process::id()));
        let (www, pkg) = (dir.join("www"), dir.join("npm"));
        std::fs::create_dir_all(www.join("sub")).unwrap();
        std::fs::create_dir_all(&pkg).unwrap();
        std::fs::write(www.join("index.html"), "<!doctype html>hi").unwrap();
        std::fs::write(www.join("sub/index.html"), "sub").unwrap();
        std::fs::write(pkg.join("a.wasm"), b"\0asm").unwrap();
        std::fs::write(pkg.join("a.js"), "export {}").unwrap();
        std::fs::write(dir.join("secret.txt"), "secret").unwrap();
        let (addr, _) = start(Site { www, pkg, log: false }, 0).unwrap();

        let r = get(addr, "/");
        assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
        assert!(r.contains("Content-Type: text/html; charset=utf-8\r\n"));
        assert!(r.contains(&format!("Content-Security-Policy: {CSP}\r\n")));
        assert!(r.contains("X-Content-Type-Options: nosniff\r\n"));
        assert!(r.contains("Cache-Control: no-store\r\n"));
        assert!(r.ends_with("\r\n\r\n<!doctype html>hi"));
        assert!(get(addr, "/pkg/a.wasm").contains("Content-Type: application/wasm\r\n"));
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
}
