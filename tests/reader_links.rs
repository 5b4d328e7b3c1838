//! Links in the reader: underlined in the article, listed with `L`, read inside byline with
//! Enter (fetched from a 127.0.0.1 server, over the article, `q` comes back), opened in the
//! browser with `o`; all without a terminal.
#![cfg(all(feature = "tui", feature = "fetch"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "sources/server.rs"]
#[allow(dead_code)]
mod server;
#[path = "reader_support.rs"]
mod support;

use byline::app::state::{Effect, Overlay};
use byline::app::{Action, Config, Session};
use byline::document::{LoadOptions, open_bytes};
use insta::assert_snapshot;
use server::Server;
use support::*;

/// A page that links to the server's article and to a mail address.
fn page(server: &Server) -> String {
    format!(
        "<html><head><title>Harbour links</title></head><body><article>\
         <h1>Harbour links</h1><p>The harbour reopened on Friday after the storm, and the \
         <a href=\"{}\">full story</a> tells how the piers held; write to the \
         <a href=\"mailto:desk@example.org\">news desk</a> with questions about the repairs, \
         which the harbour authority expects to finish by March.</p></article></body></html>",
        server.url("/article.html")
    )
}

fn session(html: &str) -> Session {
    let options = LoadOptions::default();
    let source = open_bytes(html.as_bytes(), "links.html", None, options).unwrap();
    let mut s = Session::new(source, Config::defaults(false).unwrap(), options, (80, 24));
    settle(&mut s);
    s
}

/// Runs the loads that fetch as well (from the test server).
fn fetch_all(s: &mut Session) {
    for effect in std::mem::take(&mut s.effects) {
        if let Effect::Load { ticket, job } = effect {
            let never = std::sync::atomic::AtomicBool::new(false);
            if let Some(result) = job.run(s.options, &never) {
                s.update(Action::Loaded {
                    ticket,
                    result: result.map(Box::new).map_err(|e| e.to_string()),
                });
            }
        }
    }
}

#[test]
fn links_list_follow_back_and_browse() {
    let server = Server::start();
    let mut s = session(&page(&server));
    let article = s.article.as_ref().unwrap();
    assert_eq!(article.document.links.len(), 2);
    press_in(&mut s, "L");
    assert_eq!(s.article.as_ref().unwrap().overlay, Some(Overlay::Links));
    press_in(&mut s, "j");
    press_in(&mut s, "enter");
    let a = s.article.as_ref().unwrap();
    assert_eq!(a.link, 1);
    assert!(
        s.shell
            .message
            .as_deref()
            .unwrap()
            .starts_with("not a web address")
    );
    press_in(&mut s, "o");
    assert_eq!(
        s.effects,
        [Effect::Browse("mailto:desk@example.org".into())]
    );
    s.effects.clear();
    press_in(&mut s, "k");
    press_in(&mut s, "enter");
    assert!(s.loading.is_some(), "the link loads in the background");
    assert_eq!(s.article.as_ref().unwrap().overlay, None);
    fetch_all(&mut s);
    let title = |s: &Session| s.article.as_ref().unwrap().document.title.clone();
    assert_eq!(
        title(&s).as_deref(),
        Some("Harbour reopens after week-long storm")
    );
    assert_eq!(s.history.len(), 1);
    press_in(&mut s, "o");
    assert_eq!(s.effects, [Effect::Browse(server.url("/article.html"))]);
    s.effects.clear();
    press_in(&mut s, "q");
    assert_eq!(title(&s).as_deref(), Some("Harbour links"), "q comes back");
    assert!(s.history.is_empty());
    press_in(&mut s, "q");
    assert!(s.quit);
}

#[test]
fn a_failed_link_or_a_cancelled_one_keeps_the_article() {
    let server = Server::start();
    let html = page(&server).replace("/article.html", "/missing");
    let mut s = session(&html);
    press_in(&mut s, "L");
    press_in(&mut s, "enter");
    fetch_all(&mut s);
    let a = s.article.as_ref().unwrap();
    assert_eq!(a.document.title.as_deref(), Some("Harbour links"));
    assert!(
        s.shell
            .message
            .as_deref()
            .unwrap()
            .ends_with("the server answered 404 Not Found")
    );
    press_in(&mut s, "L");
    press_in(&mut s, "enter");
    press_in(&mut s, "esc");
    assert!(s.loading.is_none());
    assert_eq!(s.shell.message.as_deref(), Some("loading cancelled"));
}

#[test]
fn articles_without_links_or_address_say_so() {
    let mut s =
        session("<html><body><p>Plain words, no links at all, in a short page.</p></body></html>");
    press_in(&mut s, "L");
    let a = s.article.as_ref().unwrap();
    assert_eq!(
        (a.overlay, s.shell.message.as_deref()),
        (None, Some("no links in this article"))
    );
    press_in(&mut s, "o");
    assert!(s.article.is_some());
    assert_eq!(
        s.shell.message.as_deref(),
        Some("this article has no web address")
    );
    assert!(s.effects.is_empty());
}

#[test]
fn links_overlay_80x24() {
    let server = Server::start();
    let mut s = session(&page(&server).replace(&server.url("/"), "https://example.org/"));
    // The link's words are underlined in the article.
    let buffer = render_session(&s);
    let text = screen_text(&buffer);
    let (row, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("full story"))
        .unwrap();
    let column = line[..line.find("full story").unwrap()].chars().count();
    let cell = &buffer[(u16::try_from(column).unwrap(), u16::try_from(row).unwrap())];
    assert!(cell.modifier.contains(ratatui::style::Modifier::UNDERLINED));
    press_in(&mut s, "L");
    assert_snapshot!(screen_text(&render_session(&s)));
}
