//! Write a synthetic JSONL corpus built from the fixture bulletins.
//!
//! ```text
//! cargo run --release --example gen_corpus -- [--seed N] [--size 100M] > corpus.jsonl
//! ```

use std::io::Write;

#[path = "../benches/support/generator.rs"]
mod generator;

const USAGE: &str = "usage: gen_corpus [--seed N] [--size BYTES[K|M|G]]";

fn main() {
    let mut seed = 7;
    let mut size = 100 << 20;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_default();
        match arg.as_str() {
            "--seed" => seed = value.parse().unwrap_or_else(|_| fail()),
            "--size" => size = parse_size(&value).unwrap_or_else(|| fail()),
            _ => fail(),
        }
    }
    let mut rng = generator::Rng::new(seed);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut written = 0;
    let mut n = 0u64;
    while written < size {
        let chunk = generator::corpus_jsonl(rng.next_u64(), 1 << 20);
        let chunk = chunk.replace("{\"id\":\"g", &format!("{{\"id\":\"{n}-"));
        written += chunk.len();
        n += 1;
        if out.write_all(chunk.as_bytes()).is_err() {
            return;
        }
    }
}

fn parse_size(s: &str) -> Option<usize> {
    let (num, mult) = match s.chars().last()? {
        'K' | 'k' => (&s[..s.len() - 1], 1 << 10),
        'M' | 'm' => (&s[..s.len() - 1], 1 << 20),
        'G' | 'g' => (&s[..s.len() - 1], 1 << 30),
        _ => (s, 1),
    };
    num.parse::<usize>().ok().map(|n| n * mult)
}

fn fail() -> ! {
    eprintln!("{USAGE}");
    std::process::exit(2)
}
