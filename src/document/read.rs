//! Reading raw bytes from files and stdin, within a size cap.

use std::fs;
use std::io::{self, ErrorKind, Read};
use std::path::Path;

use super::error::LoadError;

/// Reads the file at `path`, refusing directories and files over `max` bytes.
pub fn file(path: &Path, max: u64) -> Result<Vec<u8>, LoadError> {
    let name = path.display().to_string();
    let meta = fs::metadata(path).map_err(|error| io_error(&name, error))?;
    if meta.is_dir() {
        let empty = fs::read_dir(path)
            .map(|mut entries| entries.next().is_none())
            .unwrap_or(false);
        return Err(LoadError::Directory { name, empty });
    }
    if meta.is_file() && meta.len() > max {
        return Err(LoadError::TooLarge {
            name,
            size: meta.len(),
            max,
        });
    }
    let file = fs::File::open(path).map_err(|error| io_error(&name, error))?;
    capped(file, &name, max)
}

/// Reads all of standard input, refusing more than `max` bytes.
pub fn stdin(max: u64) -> Result<Vec<u8>, LoadError> {
    capped(io::stdin().lock(), "standard input", max)
}

/// Reads `reader` to the end, or fails once more than `max` bytes have arrived.
fn capped(reader: impl Read, name: &str, max: u64) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    reader
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|error| io_error(name, error))?;
    if bytes.len() as u64 > max {
        return Err(LoadError::TooLarge {
            name: name.to_owned(),
            size: max.saturating_add(1),
            max,
        });
    }
    Ok(bytes)
}

fn io_error(name: &str, error: io::Error) -> LoadError {
    let name = name.to_owned();
    match error.kind() {
        ErrorKind::NotFound => LoadError::NotFound { name },
        ErrorKind::IsADirectory => LoadError::Directory { name, empty: false },
        _ => LoadError::Io { name, error },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cap_applies_to_streams() {
        let data = [b'a'; 10];
        assert_eq!(capped(&data[..], "s", 10).unwrap().len(), 10);
        let err = capped(&data[..], "s", 9).unwrap_err();
        assert!(matches!(err, LoadError::TooLarge { max: 9, .. }));
    }

    #[test]
    fn missing_file_and_directory() {
        let err = file(Path::new("/definitely/not/here.txt"), 100).unwrap_err();
        assert!(matches!(err, LoadError::NotFound { .. }));
        let err = file(Path::new(env!("CARGO_MANIFEST_DIR")), 100).unwrap_err();
        assert!(matches!(err, LoadError::Directory { empty: false, .. }));
    }
}
