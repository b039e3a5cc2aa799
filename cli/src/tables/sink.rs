//! The nine Parquet files, written a row group at a time.

use super::*;

/// Writes the nine tables as `DIR/<table>.parquet`, streaming.
pub struct ParquetSink {
    dir: PathBuf,
    writers: Vec<ArrowWriter<BufWriter<File>>>,
    pending: Rows,
    counts: Counts,
}

impl fmt::Debug for ParquetSink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ParquetSink")
            .field("dir", &self.dir)
            .field("counts", &self.counts)
            .finish_non_exhaustive()
    }
}

impl ParquetSink {
    /// Create `dir` (and its parents) and the nine files in it, replacing
    /// files of the same names. Row groups hold [`DEFAULT_ROW_GROUP_ROWS`].
    pub fn create(dir: impl AsRef<Path>) -> Result<Self, Error> {
        Self::with_row_group_rows(dir, DEFAULT_ROW_GROUP_ROWS)
    }

    /// [`ParquetSink::create`], with row groups of at most `rows` rows.
    pub fn with_row_group_rows(dir: impl AsRef<Path>, rows: usize) -> Result<Self, Error> {
        let dir = dir.as_ref().to_path_buf();
        std::fs::create_dir_all(&dir).map_err(|e| Error::Io(dir.clone(), e))?;
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_row_count(Some(rows.max(1)))
            .set_max_row_group_bytes(Some(ROW_GROUP_BYTES))
            .set_created_by(format!(
                "police-bulletin-cli {} (parquet-rs)",
                env!("CARGO_PKG_VERSION")
            ))
            .build();
        let mut writers = Vec::with_capacity(Table::ALL.len());
        for table in Table::ALL {
            let path = dir.join(format!("{}.parquet", table.name()));
            let file = File::create(&path).map_err(|e| Error::Io(path, e))?;
            let writer = ArrowWriter::try_new(
                BufWriter::with_capacity(1 << 16, file),
                table.schema(),
                Some(props.clone()),
            )?;
            writers.push(writer);
        }
        Ok(ParquetSink {
            dir,
            writers,
            pending: Rows::new(),
            counts: Counts::default(),
        })
    }

    /// The output directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Write one document's rows (buffered; see [`BATCH_ROWS`]).
    pub fn write(&mut self, id: &str, doc: Result<&Bulletin<'_>, &str>) -> Result<(), Error> {
        self.pending.push(id, doc);
        if self.pending.len() >= BATCH_ROWS {
            self.write_pending()?;
        }
        Ok(())
    }

    /// Write rows gathered elsewhere (a worker's [`Rows`]), after any rows
    /// buffered by [`ParquetSink::write`], so input order is kept. `rows`
    /// comes back empty.
    pub fn write_rows(&mut self, rows: &mut Rows) -> Result<(), Error> {
        self.write_pending()?;
        self.write_batches(rows)
    }

    fn write_pending(&mut self) -> Result<(), Error> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let mut pending = std::mem::take(&mut self.pending);
        let written = self.write_batches(&mut pending);
        self.pending = pending;
        written
    }

    fn write_batches(&mut self, rows: &mut Rows) -> Result<(), Error> {
        self.counts.failed += rows.failed as u64;
        for (table, batch) in rows.take_batches()? {
            if batch.num_rows() == 0 {
                continue;
            }
            self.counts.rows[table as usize] += batch.num_rows() as u64;
            self.writers[table as usize].write(&batch)?;
        }
        Ok(())
    }

    /// Write what is buffered, close every file, and say what was written.
    pub fn finish(mut self) -> Result<Counts, Error> {
        self.write_pending()?;
        for writer in self.writers {
            let mut inner = writer.into_inner()?;
            std::io::Write::flush(&mut inner).map_err(|e| Error::Io(self.dir.clone(), e))?;
        }
        Ok(self.counts)
    }
}
