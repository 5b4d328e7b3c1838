//! Fetching pages and feeds over http(s) with ureq (rustls): redirects, a connect and a total
//! timeout, a size cap, and the content type and charset the server declares.

use std::io::ErrorKind;
use std::time::Duration;

use ureq::{Agent, Error, ResponseExt, Timeout};

use super::{LoadError, LoadOptions, Page, Validators};

/// The User-Agent header byline sends.
pub const USER_AGENT: &str = concat!("byline/", env!("CARGO_PKG_VERSION"));

const ACCEPT: &str = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,\
application/feed+json,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5";

/// Longest wait for a connection (capped by the total timeout).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Redirects followed before giving up.
const MAX_REDIRECTS: u32 = 10;

/// GETs `url`, following redirects, within `options.timeout` in all (less when the source's
/// deadline is nearer) and `options.max_size` bytes. Statuses other than 2xx are errors.
pub fn get(url: &str, options: &LoadOptions) -> Result<Page, LoadError> {
    let page = get_if_changed(url, options, &Validators::default())?;
    // Without validators the server has nothing to compare, so it sends the body.
    page.ok_or_else(|| LoadError::Status {
        name: url.to_owned(),
        code: 304,
        reason: "Not Modified",
    })
}

/// [`get`], conditional on `validators`: `None` when the server answers 304 Not Modified.
pub fn get_if_changed(
    url: &str,
    options: &LoadOptions,
    validators: &Validators,
) -> Result<Option<Page>, LoadError> {
    let timeout = options.remaining();
    if timeout.is_zero() {
        return Err(network_error(url, Error::Timeout(Timeout::Global), options));
    }
    let agent: Agent = Agent::config_builder()
        .timeout_global(Some(timeout))
        .timeout_connect(Some(CONNECT_TIMEOUT.min(timeout)))
        .max_redirects(MAX_REDIRECTS)
        .http_status_as_error(false)
        .user_agent(USER_AGENT)
        .accept(ACCEPT)
        .build()
        .into();
    let fail = |error| network_error(url, error, options);
    let mut request = agent.get(url);
    if let Some(etag) = &validators.etag {
        request = request.header("If-None-Match", etag);
    }
    if let Some(date) = &validators.last_modified {
        request = request.header("If-Modified-Since", date);
    }
    let mut response = request.call().map_err(fail)?;
    let status = response.status();
    if status.as_u16() == 304 {
        return Ok(None);
    }
    if !status.is_success() {
        return Err(LoadError::Status {
            name: url.to_owned(),
            code: status.as_u16(),
            reason: status.canonical_reason().unwrap_or(""),
        });
    }
    let final_url = response.get_uri().to_string();
    let (media_type, charset) = response
        .headers()
        .get("content-type")
        .map(|v| content_type(&String::from_utf8_lossy(v.as_bytes())))
        .unwrap_or_default();
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let validators = Validators {
        etag: header("etag"),
        last_modified: header("last-modified"),
    };
    let bytes = response
        .body_mut()
        .with_config()
        .limit(options.max_size)
        .read_to_vec()
        .map_err(fail)?;
    Ok(Some(Page {
        url: final_url,
        media_type,
        charset,
        bytes,
        validators,
    }))
}

/// The media type (lowercase, when it has the `type/subtype` form) and the charset of a
/// `Content-Type` header, read leniently: `text/html; charset` still says `text/html`.
fn content_type(header: &str) -> (Option<String>, Option<String>) {
    let mut parts = header.split(';');
    let media_type = parts
        .next()
        .map(|t| t.trim().to_ascii_lowercase())
        .filter(|t| {
            t.split_once('/')
                .is_some_and(|(a, b)| !a.is_empty() && !b.is_empty() && !t.contains(' '))
        });
    let charset = parts.find_map(|p| {
        let (key, value) = p.split_once('=')?;
        let value = value.trim().trim_matches(['"', '\'']).trim();
        (key.trim().eq_ignore_ascii_case("charset") && !value.is_empty()).then(|| value.to_owned())
    });
    (media_type, charset)
}

/// One clear line for each way a fetch fails.
fn network_error(url: &str, error: Error, options: &LoadOptions) -> LoadError {
    let name = url.to_owned();
    let reason = match error {
        Error::BodyExceedsLimit(_) => {
            return LoadError::TooLarge {
                name,
                size: options.max_size.saturating_add(1),
                max: options.max_size,
            };
        }
        Error::HostNotFound => "cannot find the host (name lookup failed)".to_owned(),
        Error::Timeout(Timeout::Connect | Timeout::Resolve) => format!(
            "no connection within {}",
            seconds(CONNECT_TIMEOUT.min(options.timeout))
        ),
        Error::Timeout(_) => format!(
            "timed out after {} (raise it with --timeout)",
            seconds(options.timeout)
        ),
        Error::Io(e) => match e.kind() {
            ErrorKind::ConnectionRefused => "connection refused".to_owned(),
            ErrorKind::ConnectionReset | ErrorKind::ConnectionAborted => {
                "the server closed the connection".to_owned()
            }
            ErrorKind::TimedOut => format!("timed out after {}", seconds(options.timeout)),
            _ => format!("network error: {e}"),
        },
        Error::ConnectionFailed => "cannot connect to the server".to_owned(),
        Error::TooManyRedirects => format!("more than {MAX_REDIRECTS} redirects"),
        Error::BadUri(_) => "not a valid web address".to_owned(),
        Error::Tls(_) | Error::Rustls(_) => format!("secure connection failed: {error}"),
        Error::Protocol(_) => format!("the server's answer is not valid HTTP: {error}"),
        other => other.to_string(),
    };
    LoadError::Network {
        name,
        reason: reason.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

/// `30 s`, `1.5 s`.
fn seconds(duration: Duration) -> String {
    if duration.subsec_millis() == 0 {
        format!("{} s", duration.as_secs())
    } else {
        format!("{:.1} s", duration.as_secs_f64())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_agent_names_byline_and_its_version() {
        assert_eq!(USER_AGENT, format!("byline/{}", env!("CARGO_PKG_VERSION")));
    }

    #[test]
    fn content_types_are_read_leniently() {
        let ct = |h: &str| content_type(h);
        assert_eq!(
            ct("Text/HTML; charset=\"ISO-8859-1\""),
            (Some("text/html".into()), Some("ISO-8859-1".into()))
        );
        assert_eq!(ct("text/html; charset"), (Some("text/html".into()), None));
        assert_eq!(
            ct("text/html;;; charset=utf-8;"),
            (Some("text/html".into()), Some("utf-8".into()))
        );
        assert_eq!(ct(";;;"), (None, None));
        assert_eq!(ct("html"), (None, None));
    }

    #[test]
    fn durations() {
        assert_eq!(seconds(Duration::from_secs(30)), "30 s");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5 s");
    }

    #[test]
    fn refused_and_bad_addresses_are_one_line() {
        // A port taken and given back at once: nothing listens there.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .unwrap();
        let options = LoadOptions::default();
        let err = get(&format!("http://127.0.0.1:{port}/"), &options).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("http://127.0.0.1:{port}/: connection refused")
        );
    }

    #[test]
    fn failures_name_their_cause() {
        let options = LoadOptions {
            timeout: Duration::from_secs(5),
            ..LoadOptions::default()
        };
        let message = |error| network_error("http://a.test/", error, &options).to_string();
        assert_eq!(
            message(Error::HostNotFound),
            "http://a.test/: cannot find the host (name lookup failed)"
        );
        assert_eq!(
            message(Error::Timeout(Timeout::Connect)),
            "http://a.test/: no connection within 5 s"
        );
        assert_eq!(
            message(Error::Timeout(Timeout::RecvBody)),
            "http://a.test/: timed out after 5 s (raise it with --timeout)"
        );
        assert_eq!(
            message(Error::BadUri("x".into())),
            "http://a.test/: not a valid web address"
        );
        assert!(message(Error::BodyExceedsLimit(1)).contains("too large"));
    }
}
