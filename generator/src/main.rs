//! The `docgen` command line: generate (default), schema, lint.

mod render;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use clap::{Args, Parser, Subcommand, ValueEnum};

use docgen::{Builder, Code, Severity};

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
}

#[derive(Clone, Copy, Default, ValueEnum)]
enum Format {
    /// rustc-style messages with the source line.
    #[default]
    Human,
    /// One JSON document: diagnostics and counts.
    Json,
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => generate(cli.generate),
        Some(Command::Generate(args)) => generate(args),
        Some(Command::Schema(args)) => schema(args),
        Some(Command::Lint(args)) => lint(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn builder(input: &InputArgs) -> Builder {
    input.paths.iter().fold(Builder::new(), |b, p| b.input(p))
}

fn generate(args: GenerateArgs) -> anyhow::Result<ExitCode> {
    let report = builder(&args.input)
        .write_crate(&args.out, args.crate_name.as_deref())
        .with_context(|| format!("could not generate `{}`", args.out.display()))?;
    let a = &report.analysis;
    println!("docgen: {}", a.summary());
    let mut by_code: std::collections::BTreeMap<(Severity, Code), usize> = Default::default();
    for d in &a.diagnostics {
        *by_code.entry((d.severity, d.code)).or_default() += 1;
    }
    for ((severity, code), n) in by_code {
        println!("  {n:>5} {severity}: {code}");
    }
    println!(
        "wrote {} ({} files); `docgen lint` shows each diagnostic",
        report.out.display(),
        report.written
    );
    Ok(ExitCode::SUCCESS)
}

fn schema(args: InputArgs) -> anyhow::Result<ExitCode> {
    let analysis = docgen::analyze(&args.paths)?;
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &docgen::schema::to_json(&analysis))?;
    writeln!(out)?;
    Ok(ExitCode::SUCCESS)
}

fn lint(args: LintArgs) -> anyhow::Result<ExitCode> {
    if let Some(name) = args.explain {
        let code =
            Code::from_name(&name).with_context(|| format!("unknown diagnostic code `{name}`"))?;
        println!(
            "{code} ({}): {}",
            code.default_severity(),
            code.explanation()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let analysis = docgen::analyze(&args.input.paths)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Human => render::human(&analysis, &mut out)?,
        Format::Json => render::json(&analysis, &mut out)?,
    }
    let errors = analysis
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    Ok(if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
