//! The machinery behind the `police-bulletin` command-line tool.
//!
//! The binary is a thin [clap](https://docs.rs/clap) front end over two
//! modules: [`corpus`] (many documents in, one JSONL line or a block of CSV
//! rows out per document, in input order, on several threads) and
//! [`extract`] (one document, pretty or compact JSON). [`csv`] defines the
//! long-form CSV table.
//!
//! This crate exists for the tool; its API is not stable. Use the
//! `police-bulletin` library to parse bulletins from your own code.

#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod corpus;
pub mod csv;
pub mod extract;
