//! The `docgen` command line: generate (default), schema, lint, report, diff.

mod progress;
mod render;

// docgen allocates many small strings per page; mimalloc keeps that off the critical path
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Args, Parser, Subcommand, ValueEnum};

use docgen::{lint, Builder, Code, Severity};

/// Turns Microsoft Graph API reference pages into a typed model, Rust models and endpoints,
/// and proves them against every documented example.
#[derive(Parser)]
#[command(name = "docgen", version, args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// With no subcommand, docgen generates.
    #[command(flatten)]
    generate: GenerateArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Write a Rust crate (models, endpoints, round-trip tests) for the pages.
    Generate(GenerateArgs),
    /// Print the merged API model as JSON.
    Schema(InputArgs),
    /// Check the pages and report what is wrong with them.
    Lint(LintArgs),
    /// Coverage per API version (pages, types, enums, endpoints, example round trips),
    /// agreement with the service's metadata, and diagnostics by code.
    Report(ReportArgs),
    /// What changed in the API between two sets of pages, each change breaking, additive or
    /// cosmetic for the generated Rust API.
    Diff(DiffArgs),
    /// Serve the documented examples: each documented request is answered with the response
    /// documented after it, anything else with 404 and a Graph error object.
    Mock(MockArgs),
}

#[derive(Args)]
struct MockArgs {
    #[command(flatten)]
    input: InputArgs,
    /// The address to listen on (port 0: any free port, printed at start).
    #[arg(long, default_value = "127.0.0.1:8080")]
    listen: std::net::SocketAddr,
    /// Serve nothing: replay every documented request against the routes and report which
    /// get their own documented response, another's, or none.
    #[arg(long)]
    check: bool,
}

#[derive(Args)]
struct DiffArgs {
    /// The old pages (files or folders).
    #[arg(required = true)]
    old: Vec<PathBuf>,
    /// The new pages (files or folders).
    #[arg(long, required = true, num_args = 1..)]
    to: Vec<PathBuf>,
    /// Print the changes as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct ReportArgs {
    #[command(flatten)]
    input: InputArgs,
    /// The service's OData CSDL metadata (XML) to measure the model against.
    #[arg(long, value_name = "FILE")]
    metadata: Option<PathBuf>,
    /// The API version the metadata describes (default: `v1.0` when the pages document
    /// several versions).
    #[arg(long, value_name = "VERSION", requires = "metadata")]
    api_version: Option<String>,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct InputArgs {
    /// Pages, or folders of pages (read recursively).
    #[arg(default_value = "docs-input")]
    paths: Vec<PathBuf>,
}

#[derive(Args)]
struct GenerateArgs {
    #[command(flatten)]
    input: InputArgs,
    /// The crate folder to write (replaced as a whole).
    #[arg(long, default_value = "generated")]
    out: PathBuf,
    /// The crate's package name (default: the folder's name).
    #[arg(long)]
    crate_name: Option<String>,
    /// The API version to generate (`v1.0`, `beta`) when the pages document several.
    #[arg(long, value_name = "VERSION")]
    api_version: Option<String>,
    /// Generator options from this file's `[generate]` section (default: `docgen.toml` here,
    /// if there is one); the flags below add to them.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Generate only this area and what it needs (repeatable).
    #[arg(long = "area", value_name = "AREA")]
    areas: Vec<String>,
    /// Leave out this type or enum; where used, its JSON is kept as it came (repeatable).
    #[arg(long = "skip", value_name = "NAME")]
    skip: Vec<String>,
    /// Give a type or enum this Rust name: `NAME=RustName` (repeatable).
    #[arg(long = "rename", value_name = "NAME=RUST")]
    rename: Vec<String>,
    /// Add a derive to every struct (repeatable), such as `Eq`.
    #[arg(long = "struct-derive", value_name = "PATH")]
    struct_derives: Vec<String>,
    /// Add a derive to every enum (repeatable).
    #[arg(long = "enum-derive", value_name = "PATH")]
    enum_derives: Vec<String>,
    /// The service's CSDL: the enums it marks `IsFlags` are flags enums.
    #[arg(long, value_name = "CSDL.xml")]
    metadata: Option<PathBuf>,
    /// The date and time library the generated runtime converts to: `chrono` (default) or `time`.
    #[arg(long, value_name = "LIBRARY")]
    dates: Option<docgen::options::Dates>,
    /// Drive at most N documented pairs (one per endpoint, spread over the API) in the
    /// crate's client replay, `tests/client.rs` (default: every pair).
    #[arg(long, value_name = "N")]
    replay_sample: Option<usize>,
    /// Write a workspace of a crate per area (a core crate of what areas share, a crate per
    /// area, a facade whose features pick areas) instead of one crate with a feature per
    /// area: for APIs too large to compile as one crate.
    #[arg(long)]
    crate_per_area: bool,
    /// Write nothing: exit 1 with what differs when the output folder is stale, 0 when fresh.
    #[arg(long)]
    check: bool,
}

/// The config file: the one given, else `docgen.toml` here when there is one.
fn config_file(given: Option<&std::path::Path>) -> Option<&std::path::Path> {
    let default = std::path::Path::new(lint::config::DEFAULT_FILE);
    given.or_else(|| default.is_file().then_some(default))
}

/// The generator options: the config file's `[generate]`, then the flags.
fn generate_options(args: &GenerateArgs) -> anyhow::Result<docgen::Options> {
    let mut options = match config_file(args.config.as_deref()) {
        Some(path) => lint::Config::load_generate(path)?,
        None => docgen::Options::default(),
    };
    options.areas.extend(args.areas.iter().cloned());
    options.skip.extend(args.skip.iter().cloned());
    for r in &args.rename {
        let (name, rust) = r
            .split_once('=')
            .with_context(|| format!("`--rename {r}`: expected NAME=RustName"))?;
        options.rename.insert(name.to_string(), rust.to_string());
    }
    options
        .struct_derives
        .extend(args.struct_derives.iter().cloned());
    options
        .enum_derives
        .extend(args.enum_derives.iter().cloned());
    if let Some(path) = &args.metadata {
        options.metadata = Some(path.clone());
    }
    if let Some(dates) = args.dates {
        options.dates = dates;
    }
    if let Some(n) = args.replay_sample {
        options.replay_sample = Some(n);
    }
    options.crate_per_area |= args.crate_per_area;
    options.validate()?;
    Ok(options)
}

#[derive(Clone, Copy, Default, ValueEnum)]
enum Format {
    /// rustc-style messages with the source line (colour on a terminal).
    #[default]
    Human,
    /// One JSON array of diagnostics.
    Json,
    /// SARIF 2.1.0, for GitHub code scanning.
    Sarif,
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`).
    Github,
}

#[derive(Args)]
struct LintArgs {
    #[command(flatten)]
    input: InputArgs,
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Explain a diagnostic code and exit.
    #[arg(long, value_name = "CODE")]
    explain: Option<String>,
    /// Settings file (default: ./docgen.toml when it exists).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Report a code as an error; `--deny warnings` turns every warning into an error.
    #[arg(long, value_name = "CODE|warnings")]
    deny: Vec<String>,
    /// Report a code as a warning.
    #[arg(long, value_name = "CODE")]
    warn: Vec<String>,
    /// Do not report a code.
    #[arg(long, value_name = "CODE")]
    allow: Vec<String>,
    /// Report (and fail on) only findings that are not in this baseline.
    #[arg(long, value_name = "FILE", conflicts_with = "write_baseline")]
    baseline: Option<PathBuf>,
    /// Record today's findings as the baseline and exit 0.
    #[arg(long, value_name = "FILE")]
    write_baseline: Option<PathBuf>,
    /// Apply the mechanical fixes in place (type spellings, stray commas and odd spaces in
    /// examples, Content-Length values), then report what remains.
    #[arg(long)]
    fix: bool,
    /// With --fix: print the changes as a diff instead of writing them.
    #[arg(long, requires = "fix")]
    dry_run: bool,
    /// Also compare with the service's OData CSDL metadata (XML).
    #[arg(long, value_name = "FILE")]
    metadata: Option<PathBuf>,
    /// The API version the metadata describes (default: `v1.0` when the pages document
    /// several versions).
    #[arg(long, value_name = "VERSION", requires = "metadata")]
    api_version: Option<String>,
}

/// mimalloc's `mi_option_purge_delay` (`mimalloc.h`, v3): how long freed memory waits before it
/// goes back to the OS; -1 never.
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Turns transparent huge pages off for this process. mimalloc advises the memory it reserves
/// (before `main`, so its own option comes too late) into huge pages, and the first touch of
/// each then zeroes 2 MiB, after compacting memory first when it is fragmented: a corpus lint
/// spent up to half of its CPU time in the kernel doing it (five runs on an idle machine: `sys`
/// 0.08–0.72 s, wall 0.53–0.90 s; with them off 0.22–0.33 s, wall 0.64–0.67 s, and 50 MB less
/// resident).
fn no_transparent_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_THP_DISABLE only sets a flag on this process; it takes no pointers. A
    // kernel without it returns an error, which changes nothing.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() -> ExitCode {
    // docgen runs once and exits: memory it frees is better kept for its next allocations
    // than returned to the OS and faulted back in, zeroed (that showed as up to half the
    // run time of a corpus lint, and made a 10 MB page cost more than 10 MB pages' worth)
    // SAFETY: setting an allocator option is a plain store, valid at any time.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    no_transparent_huge_pages();
    let cli = Cli::parse();
    let result = match cli.command {
        None => generate(cli.generate),
        Some(Command::Generate(args)) => generate(args),
        Some(Command::Diff(args)) => diff(args),
        Some(Command::Schema(args)) => schema(args),
        Some(Command::Lint(args)) => lint(args),
        Some(Command::Report(args)) => report(args),
        Some(Command::Mock(args)) => mock(args),
    };
    match result {
        Ok(code) => code,
        // the reader went away (`docgen … | head`): nothing more to say
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
    })
}

/// `docgen diff`: the changes, breaking first, then a count by impact.
fn diff(args: DiffArgs) -> anyhow::Result<ExitCode> {
    let old = analyze(&args.old)?;
    let new = analyze(&args.to)?;
    let changes = docgen::diff::diff(&old, &new);
    let (breaking, additive, cosmetic) = docgen::diff::counts(&changes);
    let mut out = std::io::stdout().lock();
    if args.json {
        let json = serde_json::json!({
            "changes": changes,
            "summary": {"breaking": breaking, "additive": additive, "cosmetic": cosmetic},
        });
        serde_json::to_writer_pretty(&mut out, &json)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    for c in &changes {
        let version = c
            .version
            .as_deref()
            .map(|v| format!("{v} "))
            .unwrap_or_default();
        writeln!(
            out,
            "{:<9} {version}{} `{}`: {}",
            c.impact.to_string(),
            c.kind,
            c.item,
            c.message
        )?;
    }
    let bump = if breaking > 0 {
        "major"
    } else if additive > 0 {
        "minor"
    } else if cosmetic > 0 {
        "patch"
    } else {
        "none"
    };
    writeln!(
        out,
        "{breaking} breaking, {additive} additive, {cosmetic} cosmetic: a {bump} version for the generated crate"
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `generate --check`: the files that would change, at most a screenful of them.
fn check(builder: Builder, args: &GenerateArgs) -> anyhow::Result<ExitCode> {
    const SHOWN: usize = 20;
    let (_, differences) = builder
        .check_crate(&args.out, args.crate_name.as_deref())
        .with_context(|| format!("could not check `{}`", args.out.display()))?;
    let mut out = std::io::stdout().lock();
    if differences.is_empty() {
        writeln!(out, "{} is fresh", args.out.display())?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{} is stale: {} file(s) differ from what docgen generates now",
        args.out.display(),
        differences.len()
    )?;
    for d in differences.iter().take(SHOWN) {
        writeln!(out, "  {d}")?;
    }
    if differences.len() > SHOWN {
        writeln!(out, "  … and {} more", differences.len() - SHOWN)?;
    }
    writeln!(out, "run the same command without --check to regenerate")?;
    Ok(ExitCode::from(1))
}

fn builder(input: &InputArgs) -> Builder {
    input
        .paths
        .iter()
        .fold(Builder::new(), |b, p| b.input(p))
        .progress(std::sync::Arc::new(progress::Bar::new()))
}

/// Reads the pages, with a progress bar on a terminal.
fn analyze(paths: &[PathBuf]) -> anyhow::Result<docgen::Analysis> {
    analyze_keeping(paths, docgen::pipeline::Keep::Text)
}

fn analyze_keeping(
    paths: &[PathBuf],
    keep: docgen::pipeline::Keep,
) -> anyhow::Result<docgen::Analysis> {
    use docgen::pipeline::Progress as _;
    let bar = progress::Bar::new();
    let analysis = docgen::pipeline::analyze_keeping(paths, &bar, keep);
    bar.finish();
    Ok(analysis?)
}

fn generate(args: GenerateArgs) -> anyhow::Result<ExitCode> {
    let mut builder = builder(&args.input).options(generate_options(&args)?);
    if let Some(v) = &args.api_version {
        builder = builder.api_version(v);
    }
    if args.check {
        return check(builder, &args);
    }
    let report = builder
        .write_crate(&args.out, args.crate_name.as_deref())
        .with_context(|| format!("could not generate `{}`", args.out.display()))?;
    let a = &report.analysis;
    print_timings(a);
    let mut out = std::io::stdout().lock();
    writeln!(out, "docgen: {}", a.summary())?;
    for ((severity, code), n) in docgen::diag::counts_by_code(&a.diagnostics) {
        writeln!(out, "  {n:>5} {severity}: {code}")?;
    }
    writeln!(
        out,
        "wrote {} ({} files); `docgen lint` shows each diagnostic",
        report.out.display(),
        report.written
    )?;
    Ok(ExitCode::SUCCESS)
}

fn schema(args: InputArgs) -> anyhow::Result<ExitCode> {
    let analysis = analyze(&args.paths)?;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &docgen::schema::to_json(&analysis))?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

fn lint_config(args: &LintArgs) -> anyhow::Result<lint::Config> {
    let mut config = match config_file(args.config.as_deref()) {
        Some(path) => lint::Config::load(path)?,
        None => lint::Config::default(),
    };
    let code = |name: &str| {
        Code::from_name(name).with_context(|| format!("unknown diagnostic code `{name}`"))
    };
    for name in &args.allow {
        config.set(code(name)?, lint::Level::Allow);
    }
    for name in &args.warn {
        config.set(code(name)?, lint::Level::Warn);
    }
    for name in &args.deny {
        if name == "warnings" {
            config.deny_warnings = true;
        } else {
            config.set(code(name)?, lint::Level::Deny);
        }
    }
    Ok(config)
}

fn lint(args: LintArgs) -> anyhow::Result<ExitCode> {
    if let Some(name) = &args.explain {
        let code =
            Code::from_name(name).with_context(|| format!("unknown diagnostic code `{name}`"))?;
        writeln!(
            std::io::stdout(),
            "{code} ({}): {}",
            code.default_severity(),
            code.explanation()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let config = lint_config(&args)?;
    let baseline = args
        .baseline
        .as_deref()
        .map(lint::Baseline::load)
        .transpose()?;
    // JSON and GitHub output show positions only; the other formats, a baseline (its
    // fingerprints) and fixes read the pages' text again
    let keep = match args.format {
        Format::Json | Format::Github
            if !args.fix && args.baseline.is_none() && args.write_baseline.is_none() =>
        {
            docgen::pipeline::Keep::Positions
        }
        _ => docgen::pipeline::Keep::Text,
    };
    let mut analysis = analyze_keeping(&args.input.paths, keep)?;
    print_timings(&analysis);
    if args.fix {
        let findings = config.apply(&analysis.sources, analysis.diagnostics.clone());
        let plan = lint::fix::plan(&analysis.sources, &findings);
        let fixed: usize = plan.iter().map(|f| f.fixed).sum();
        if args.dry_run {
            write!(std::io::stdout(), "{}", lint::fix::diff(&plan))?;
            eprintln!(
                "docgen: --dry-run: would fix {fixed} findings in {} files",
                plan.len()
            );
            return Ok(ExitCode::SUCCESS);
        }
        lint::fix::write(&plan)?;
        eprintln!("docgen: fixed {fixed} findings in {} files", plan.len());
        for f in &plan {
            eprintln!("  {} ({} fixes)", f.name, f.fixed);
        }
        if !plan.is_empty() {
            analysis = analyze(&args.input.paths)?;
        }
    }
    let mut table = None;
    if let Some(path) = &args.metadata {
        let (text, csdl) = load_metadata(path)?;
        let file = analysis.sources.add(docgen::source::SourceFile::new(
            docgen::source::display_name(path),
            text,
        ));
        let api = analysis
            .metadata_api(args.api_version.as_deref())
            .map_err(anyhow::Error::msg)?;
        let (diagnostics, counts) = lint::metadata::compare(&api.model, &csdl, file);
        analysis.diagnostics.extend(diagnostics);
        docgen::diag::normalize(&mut analysis.diagnostics);
        table = Some(counts.to_string());
    }
    let sources = &analysis.sources;
    let t_apply = std::time::Instant::now();
    let mut findings = config.apply(sources, std::mem::take(&mut analysis.diagnostics));
    let t_apply = t_apply.elapsed();

    if let Some(path) = &args.write_baseline {
        let recorded = lint::Baseline::from_findings(sources, &findings);
        docgen::output::write_file(path, &recorded.to_json())?;
        eprintln!(
            "docgen: wrote {} findings to baseline {}",
            recorded.findings.len(),
            path.display()
        );
        std::mem::forget(analysis);
        return Ok(ExitCode::SUCCESS);
    }
    let mut note = None;
    if let Some(baseline) = &baseline {
        let c = baseline.compare(sources, &findings);
        note = Some(format!(
            "baseline: {} known findings not shown, {} new, {} baselined findings are gone",
            c.known,
            c.new.len(),
            c.gone
        ));
        findings = c.new;
    }

    let t_out = std::time::Instant::now();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut summary = lint::format::summary(sources.len(), &findings);
    if let Some(table) = &table {
        summary.push_str(table);
    }
    match args.format {
        Format::Human => {
            render::human(sources, &findings, &mut out)?;
            write!(out, "{summary}")?;
            if let Some(note) = &note {
                writeln!(out, "{note}")?;
            }
        }
        machine => {
            match machine {
                Format::Json => lint::format::json(sources, &findings, &mut out)?,
                Format::Sarif => lint::format::sarif(sources, &findings, &mut out)?,
                _ => lint::format::github(sources, &findings, &mut out)?,
            }
            eprint!("{summary}");
            if let Some(note) = &note {
                eprintln!("{note}");
            }
        }
    }
    out.flush()?;
    if timings_wanted() {
        print_timing("apply config", t_apply);
        print_timing("output", t_out.elapsed());
    }
    let errors = findings.iter().any(|d| d.severity == Severity::Error);
    // the process ends here: freeing the whole analysis would only cost time
    std::mem::forget(analysis);
    Ok(if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The service metadata file: its text and what it defines.
fn load_metadata(path: &std::path::Path) -> anyhow::Result<(String, lint::metadata::Csdl)> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read metadata `{}`", path.display()))?;
    let csdl =
        lint::metadata::Csdl::parse(&text).with_context(|| format!("`{}`", path.display()))?;
    Ok((text, csdl))
}

fn report(args: ReportArgs) -> anyhow::Result<ExitCode> {
    let csdl = args
        .metadata
        .as_deref()
        .map(load_metadata)
        .transpose()?
        .map(|(_, csdl)| csdl);
    let analysis = analyze(&args.input.paths)?;
    print_timings(&analysis);
    let report = lint::report::report(
        &analysis,
        csdl.as_ref().map(|c| (c, args.api_version.as_deref())),
    )
    .map_err(anyhow::Error::msg)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        write!(out, "{report}")?;
    }
    std::mem::forget(analysis);
    Ok(ExitCode::SUCCESS)
}

fn mock(args: MockArgs) -> anyhow::Result<ExitCode> {
    let analysis = analyze(&args.input.paths)?;
    let routes = std::sync::Arc::new(docgen::mock::Routes::new(&analysis));
    drop(analysis);
    if args.check {
        let replay = routes.check();
        let mut out = std::io::stdout().lock();
        for (request, answered) in &replay.same_request {
            writeln!(
                out,
                "{request}: the same request as {answered}, which answers it"
            )?;
        }
        for (request, answered) in &replay.other {
            writeln!(out, "{request}: answered by {answered}")?;
        }
        for request in &replay.unanswered {
            writeln!(out, "{request}: no route")?;
        }
        writeln!(
            out,
            "{} documented requests: {} answered with their own response, {} by another example of the same request, {} by another request's, {} not answered",
            routes.documented().len(),
            replay.own,
            replay.same_request.len(),
            replay.other.len(),
            replay.unanswered.len()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()
        .context("cannot start the server's runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(args.listen)
            .await
            .with_context(|| format!("cannot listen on {}", args.listen))?;
        eprintln!(
            "docgen mock: listening on http://{} ({} documented requests)",
            listener.local_addr()?,
            routes.documented().len()
        );
        let log: docgen::mock::Log = std::sync::Arc::new(|line| eprintln!("docgen mock: {line}"));
        docgen::mock::serve(routes, listener, log).await?;
        Ok(ExitCode::SUCCESS)
    })
}

/// With `DOCGEN_TIMINGS` set, the time of each stage on stderr.
fn print_timings(analysis: &docgen::Analysis) {
    if timings_wanted() {
        for (stage, time) in &analysis.timings {
            print_timing(stage, *time);
        }
    }
}

fn timings_wanted() -> bool {
    std::env::var_os("DOCGEN_TIMINGS").is_some()
}

fn print_timing(stage: &str, time: std::time::Duration) {
    eprintln!(
        "docgen: {stage:<16} {:>8.1} ms",
        time.as_secs_f64() * 1000.0
    );
}
