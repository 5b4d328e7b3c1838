//! A small HTTP/1.1 server on 127.0.0.1 for the source tests: fixed routes, one thread per
//! connection, and it stops by itself when dropped or after a minute, whichever comes first.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// How long a server lives at most.
const LIFETIME: Duration = Duration::from_secs(60);
/// How long `/slow` waits before answering (the tests time out sooner).
pub const SLOW: Duration = Duration::from_secs(3);

/// The version `/cond.xml` is served as.
pub const COND_ETAG: &str = "\"v1\"";

/// A running test server.
pub struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
    user_agents: Arc<Mutex<Vec<String>>>,
}

/// One canned response.
struct Reply {
    status: &'static str,
    headers: Vec<(&'static str, String)>,
    body: Vec<u8>,
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn ok(content_type: &str, body: Vec<u8>) -> Reply {
    Reply {
        status: "200 OK",
        headers: vec![("Content-Type", content_type.to_owned())],
        body,
    }
}

/// The routes; `base` is the server's own address, for feeds that link to its pages.
fn route(path: &str, base: &str) -> Reply {
    match path {
        "/article.html" => ok("text/html; charset=utf-8", fixture("article.html")),
        "/untyped" => Reply {
            status: "200 OK",
            headers: Vec::new(),
            body: fixture("article.html"),
        },
        "/redirect" => Reply {
            status: "301 Moved Permanently",
            headers: vec![("Location", "/article.html".to_owned())],
            body: Vec::new(),
        },
        "/loop" => Reply {
            status: "302 Found",
            headers: vec![("Location", "/loop".to_owned())],
            body: Vec::new(),
        },
        "/big.txt" => ok("text/plain", b"Word ".repeat(64 * 1024 / 5)),
        "/image.png" => ok("image/png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
        "/data.json" => ok("application/json", b"{\"name\": \"not a feed\"}".to_vec()),
        "/latin1.html" => ok("text/html; charset=ISO-8859-1", latin1_page(false)),
        "/latin1-meta.html" => ok("text/html", latin1_page(true)),
        "/latin1.txt" => ok(
            "text/plain; charset=windows-1252",
            b"Caf\xe9 owners protest\n\nThe caf\xe9 closed, \x93for good\x94.\n".to_vec(),
        ),
        "/notes.md" => ok(
            "text/markdown; charset=utf-8",
            b"# Piers repaired\n\nThe **piers** were repaired.".to_vec(),
        ),
        "/empty.html" => ok("text/html", Vec::new()),
        "/feed.xml" => ok("application/rss+xml", linked_feed(base)),
        "/atom" => ok("application/atom+xml; charset=utf-8", fixture("atom.xml")),
        "/feed.json" => ok("application/feed+json", fixture("feed.json")),
        "/rss-as-xml" => ok("text/xml", fixture("rss2.xml")),
        "/cond.xml" => Reply {
            status: "200 OK",
            headers: vec![
                ("Content-Type", "application/rss+xml".to_owned()),
                ("ETag", COND_ETAG.to_owned()),
            ],
            body: fixture("rss2.xml"),
        },
        "/x-rss" => ok("application/x-rss+xml; charset=UTF-8", fixture("rss2.xml")),
        "/many.xml" => ok("application/rss+xml", links_feed(base, "/article.html", 6)),
        "/slow-items.xml" => ok("application/rss+xml", links_feed(base, "/slow", 4)),
        "/error" => Reply {
            status: "503 Service Unavailable",
            headers: vec![("Content-Type", "text/plain".to_owned())],
            body: b"down".to_vec(),
        },
        _ => Reply {
            status: "404 Not Found",
            headers: vec![("Content-Type", "text/html".to_owned())],
            body: b"<html><body><p>Not here.</p></body></html>".to_vec(),
        },
    }
}

/// A Latin-1 page, its charset in the HTTP header or in a `<meta>` tag.
fn latin1_page(meta: bool) -> Vec<u8> {
    let mut page = b"<!DOCTYPE html><html><head>".to_vec();
    if meta {
        page.extend_from_slice(b"<meta charset=\"iso-8859-1\">");
    }
    page.extend_from_slice(
        b"<title>Caf\xe9 owners protest</title></head><body><h1>Caf\xe9 owners protest</h1>\
          <p>The caf\xe9 on the quay closed after the storm, its owner Jos\xe9 Ant\xf3nio said.</p>\
          <p>It will reopen in M\xe4rz, he added.</p></body></html>",
    );
    page
}

/// An RSS feed with one item carrying its content and two that only link to pages here
/// (one of them missing).
fn linked_feed(base: &str) -> Vec<u8> {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test wire</title><link>{base}/</link>
<item><title>Inline story</title><link>{base}/inline</link>
<pubDate>Wed, 14 Jan 2026 10:00:00 GMT</pubDate>
<description><![CDATA[<p>The inline story is told in the feed.</p>]]></description>
<content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p>The inline story is told in the feed, said Tom Reilly.</p>
<p>The whole of it is here: the harbour reopened on Friday after a storm that kept the boats in port for a week, the piers will be repaired by March, and the council will meet on Monday to discuss what the fishermen lost while the harbour was closed.</p>]]></content:encoded></item>
<item><title>Linked story</title><link>/article.html</link>
<pubDate>Thu, 15 Jan 2026 10:00:00 GMT</pubDate></item>
<item><title>Gone story</title><link>{base}/gone</link></item>
</channel></rss>"#
    )
    .into_bytes()
}

/// An RSS feed of `n` items that only link to `path` here.
fn links_feed(base: &str, path: &str, n: usize) -> Vec<u8> {
    let items: String = (1..=n)
        .map(|i| format!("<item><title>Story {i}</title><link>{base}{path}?{i}</link></item>"))
        .collect();
    format!("<rss version=\"2.0\"><channel><title>Links</title>{items}</channel></rss>")
        .into_bytes()
}

impl Server {
    /// Starts a server on a free port of 127.0.0.1.
    pub fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let addr = listener.local_addr().unwrap();
        let stop = Arc::new(AtomicBool::new(false));
        let user_agents = Arc::new(Mutex::new(Vec::new()));
        let (flag, agents) = (Arc::clone(&stop), Arc::clone(&user_agents));
        let base = format!("http://{addr}");
        let accept = thread::spawn(move || {
            let deadline = Instant::now() + LIFETIME;
            while !flag.load(Ordering::Relaxed) && Instant::now() < deadline {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let (base, agents) = (base.clone(), Arc::clone(&agents));
                        thread::spawn(move || serve(stream, &base, &agents));
                    }
                    Err(_) => thread::sleep(Duration::from_millis(5)),
                }
            }
        });
        Server {
            addr,
            stop,
            accept: Some(accept),
            user_agents,
        }
    }

    /// The URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// The User-Agent headers received so far.
    pub fn user_agents(&self) -> Vec<String> {
        self.user_agents.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

/// Answers one request (connections are closed after it).
fn serve(mut stream: TcpStream, base: &str, agents: &Mutex<Vec<String>>) {
    let _ = stream.set_nonblocking(false);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") && request.len() < 64 * 1024 {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let request = String::from_utf8_lossy(&request);
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    // Routes ignore the query: `/article.html?2` is the article.
    let path = target.split('?').next().unwrap_or("/").to_owned();
    if let Some(agent) = request.lines().find_map(|l| {
        let (name, value) = l.split_once(':')?;
        name.eq_ignore_ascii_case("user-agent")
            .then(|| value.trim().to_owned())
    }) {
        agents.lock().unwrap().push(agent);
    }
    if path == "/slow" {
        thread::sleep(SLOW);
    }
    let header = |wanted: &str| {
        request.lines().find_map(|l| {
            let (name, value) = l.split_once(':')?;
            name.eq_ignore_ascii_case(wanted)
                .then(|| value.trim().to_owned())
        })
    };
    // `/cond.xml` answers a request that names its version with 304 Not Modified.
    let reply = if path == "/cond.xml" && header("if-none-match").as_deref() == Some(COND_ETAG) {
        Reply {
            status: "304 Not Modified",
            headers: vec![("ETag", COND_ETAG.to_owned())],
            body: Vec::new(),
        }
    } else {
        route(&path, base)
    };
    let mut head = format!("HTTP/1.1 {}\r\n", reply.status);
    for (name, value) in &reply.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        reply.body.len()
    ));
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&reply.body);
}
