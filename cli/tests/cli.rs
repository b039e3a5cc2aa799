//! The `police-bulletin` binary, run as a user runs it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_police-bulletin");

/// A scratch directory removed at the end of the test.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("police-bulletin-cli-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(name);
        std::fs::write(&path, contents).unwrap();
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn run(args: &[&str]) -> Output {
    run_stdin(args, "")
}

/// The tool with piped stdin and stdout.
fn spawn(args: &[&str], stderr: Stdio) -> std::process::Child {
    Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .unwrap()
}

fn run_stdin(args: &[&str], stdin: &str) -> Output {
    let mut child = spawn(args, Stdio::piped());
    // Write from another thread: the child's output may fill its pipe
    // before it has read all of its input.
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_string();
    let writer = std::thread::spawn(move || input.write_all(stdin.as_bytes()));
    let output = child.wait_with_output().unwrap();
    // A child that exits without reading (a usage error) closes its stdin early.
    let _ = writer.join();
    output
}

fn stdout(o: &Output) -> &str {
    std::str::from_utf8(&o.stdout).unwrap()
}

fn json_lines(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

const GOOD: &str = "{\"id\":\"a\",\"text\":\"Police arrested 26 suspects.\"}\n{\"id\":\"b\",\"text\":\"Police seized 2.5 tons of drugs.\"}\n";

#[test]
fn help_documents_exit_codes_and_csv_columns() {
    let top = run(&["--help"]);
    assert!(top.status.success());
    assert!(stdout(&top).contains("Exit status:"));
    assert!(stdout(&top).contains("extract") && stdout(&top).contains("corpus"));
    let corpus = run(&["corpus", "--help"]);
    let text = stdout(&corpus);
    assert!(text.contains("2  usage error"), "{text}");
    assert!(text.contains("CSV columns"), "{text}");
    for column in police_bulletin_cli::csv::HEADER.split(',') {
        assert!(text.contains(column), "--help names the column {column}");
    }
    let version = run(&["--version"]);
    assert_eq!(
        stdout(&version).trim(),
        concat!("police-bulletin ", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["corpus"][..],
        &["corpus", "--threads", "0", "x"],
        &["corpus", "--format", "xml", "x"],
        &["extract"],
        &["extract", "--reference-date", "2024-13-01", "x"],
        &["frobnicate"],
    ] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(o.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn extract_prints_pretty_or_compact_json() {
    let dir = Scratch::new("extract");
    let file = dir.file("b.txt", "Police arrested 26 suspects on July 2.");
    let pretty = run(&["extract", path(&file)]);
    assert!(pretty.status.success());
    let b: Value = serde_json::from_slice(&pretty.stdout).unwrap();
    assert_eq!(b["tallies"][0]["kind"], "arrests");
    assert!(stdout(&pretty).lines().count() > 10, "pretty-printed");

    let compact = run(&["extract", "--compact", path(&file)]);
    assert_eq!(stdout(&compact).lines().count(), 1);
    let c: Value = serde_json::from_slice(&compact.stdout).unwrap();
    assert_eq!(b, c);

    let piped = run_stdin(
        &["extract", "-", "--compact"],
        "Police arrested 26 suspects.",
    );
    assert_eq!(json_lines(&piped)[0]["figures"][0]["value"], 26);
}

#[test]
fn extract_reports_unreadable_input_with_status_1() {
    let dir = Scratch::new("extract-bad");
    let missing = run(&["extract", path(&dir.0.join("missing.txt"))]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("missing.txt"));
    let latin1 = dir.file("latin1.txt", b"caf\xe9 26 cases");
    let bad = run(&["extract", path(&latin1)]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("offset 3"));
}

#[test]
fn a_missing_input_is_an_error_line_and_the_run_goes_on() {
    let dir = Scratch::new("missing");
    let good = dir.file("good.jsonl", GOOD);
    let missing = dir.0.join("missing.jsonl");
    for inputs in [[&good, &missing], [&missing, &good]] {
        let o = run(&["corpus", path(inputs[0]), path(inputs[1])]);
        assert_eq!(o.status.code(), Some(1), "a document failed");
        let lines = json_lines(&o);
        assert_eq!(lines.len(), 3, "good.jsonl's two lines and one error line");
        let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
        let error_at = if inputs[0] == &missing { 0 } else { 2 };
        assert_eq!(ids[error_at], path(&missing));
        assert!(lines[error_at]["error"]
            .as_str()
            .unwrap()
            .contains("cannot read"));
        let good_ids: Vec<&str> = ids
            .iter()
            .copied()
            .filter(|id| *id != path(&missing))
            .collect();
        assert_eq!(good_ids, ["a", "b"]);
    }
}

#[test]
fn a_directory_of_txt_files_with_one_not_utf8() {
    let dir = Scratch::new("dir");
    dir.file("1.txt", "Police arrested 26 suspects.");
    dir.file("2.txt", b"caf\xe9 3 cases");
    dir.file("3.txt", "Police seized 5 guns.");
    dir.file("skip.md", "not read");
    let o = run(&["corpus", "--threads", "2", path(&dir.0)]);
    assert_eq!(o.status.code(), Some(1));
    let lines = json_lines(&o);
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["1.txt", "2.txt", "3.txt"]);
    assert!(lines[1]["error"].as_str().unwrap().contains("offset 3"));
    assert_eq!(lines[2]["seizures"][0]["kind"], "weapons");
}

#[test]
fn stdin_and_files_mix_in_order_and_clean_runs_exit_0() {
    let dir = Scratch::new("stdin");
    let good = dir.file("good.jsonl", GOOD);
    let o = run_stdin(
        &["corpus", "-", path(&good)],
        "{\"id\":\"s\",\"text\":\"12 cases\"}\n",
    );
    assert_eq!(o.status.code(), Some(0));
    let ids: Vec<String> = json_lines(&o)
        .iter()
        .map(|l| l["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["s", "a", "b"]);
}

#[test]
fn output_keeps_input_order_with_many_threads() {
    let input: String = (0..3000)
        .map(|i| format!("{{\"id\":{i},\"text\":\"Police arrested {i} suspects.\"}}\n"))
        .collect();
    let o = run_stdin(&["corpus", "--threads", "3", "-"], &input);
    assert!(o.status.success());
    let lines = json_lines(&o);
    let ids: Vec<u64> = lines.iter().map(|l| l["id"].as_u64().unwrap()).collect();
    assert_eq!(ids, (0..3000).collect::<Vec<_>>());
    assert_eq!(lines[1234]["tallies"][0]["count"]["value"], 1234);
}

#[test]
fn a_line_of_100_mb_is_an_error_line_at_the_default_limit() {
    let dir = Scratch::new("huge");
    let mut input = String::with_capacity(100 << 20 | 1 << 10);
    input.push_str("{\"id\":\"a\",\"text\":\"1 case\"}\n{\"id\":\"huge\",\"text\":\"");
    while input.len() < 100 << 20 {
        input.push_str("police seized 5 guns ");
    }
    input.push_str("\"}\n{\"id\":\"z\",\"text\":\"2 cases\"}\n");
    let file = dir.file("huge.jsonl", input);
    let o = run(&["corpus", path(&file)]);
    assert_eq!(o.status.code(), Some(1));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3, "lines out = lines in");
    assert_eq!(lines[1]["id"], "line 2");
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("over the limit of 67108864 bytes"));
    assert_eq!(lines[2]["id"], "z");
}

#[test]
fn csv_has_the_documented_header_and_a_row_per_value() {
    let o = run_stdin(
        &["corpus", "--format", "csv", "-"],
        "{\"id\":\"a\",\"text\":\"Police arrested 26 suspects, a rise of 5%.\"}\nnot json\n",
    );
    assert_eq!(o.status.code(), Some(1));
    let rows: Vec<&str> = stdout(&o).lines().collect();
    assert_eq!(rows[0], police_bulletin_cli::csv::HEADER);
    assert!(rows.contains(&r#""a",figures,,,,"suspects",26.0,,,exact,"26",16,18"#));
    assert!(rows.contains(&r#""a",tallies,arrests,,,"suspects",26.0,,,exact,"26",16,18"#));
    assert!(rows
        .iter()
        .any(|r| r.starts_with(r#""a",trends,increase,,,"#)));
    assert!(rows
        .iter()
        .any(|r| r.starts_with(r#""line 2",error,,,,"",,,,,"line 2 is not JSON"#)));
    let columns = rows[0].split(',').count();
    assert_eq!(columns, 13);
}

#[test]
fn a_closed_pipe_stops_quietly() {
    // Enough input to fill every channel, on two workers: the reader must
    // not be left blocked when the writer stops (this hung half the time).
    let input: String = (0..60_000)
        .map(|i| format!("{{\"id\":{i},\"text\":\"Police arrested {i} suspects and seized 2.5 tons of drugs.\"}}\n"))
        .collect();
    for _ in 0..3 {
        let mut child = spawn(&["corpus", "--threads", "2", "-"], Stdio::null());
        let mut stdin = child.stdin.take().unwrap();
        let input = input.clone();
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(input.as_bytes());
        });
        drop(child.stdout.take());
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > std::time::Duration::from_secs(60) {
                let _ = child.kill();
                panic!("corpus did not stop after its output was closed");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        let _ = writer.join();
        assert_eq!(status.code(), Some(0));
    }
}

#[cfg(unix)]
#[test]
fn a_path_that_is_not_utf8_is_read_or_named_lossily() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let dir = Scratch::new("non-utf8-path");
    let good = dir.0.join(OsStr::from_bytes(b"caf\xe9.jsonl"));
    std::fs::write(&good, GOOD).unwrap();
    let missing = dir.0.join(OsStr::from_bytes(b"gon\xe9.jsonl"));
    let o = Command::new(BIN)
        .arg("corpus")
        .arg(&good)
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), 3);
    assert_eq!(
        (lines[0]["id"].as_str(), lines[1]["id"].as_str()),
        (Some("a"), Some("b"))
    );
    assert!(lines[2]["id"]
        .as_str()
        .unwrap()
        .ends_with("gon\u{fffd}.jsonl"));
    assert!(lines[2]["error"].as_str().unwrap().contains("cannot read"));
}

#[test]
fn a_line_on_stdin_is_answered_before_stdin_closes() {
    use std::io::{BufRead, BufReader};
    let mut child = spawn(&["corpus", "--threads", "2", "-"], Stdio::null());
    let mut stdin = child.stdin.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.unwrap()).is_err() {
                return;
            }
        }
    });
    let timeout = std::time::Duration::from_secs(30);
    for (i, text) in ["Police arrested 26 suspects.", "not json"]
        .iter()
        .enumerate()
    {
        let line = if i == 0 {
            format!("{{\"id\":\"q{i}\",\"text\":\"{text}\"}}\n")
        } else {
            format!("{text}\n")
        };
        stdin.write_all(line.as_bytes()).unwrap();
        stdin.flush().unwrap();
        let answer: Value = serde_json::from_str(&rx.recv_timeout(timeout).unwrap()).unwrap();
        if i == 0 {
            assert_eq!(answer["tallies"][0]["count"]["value"], 26);
        } else {
            assert_eq!(answer["id"], "line 2");
        }
    }
    drop(stdin);
    assert_eq!(child.wait().unwrap().code(), Some(1));
    reader.join().unwrap();
}
