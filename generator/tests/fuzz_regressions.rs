//! Replays the inputs the fuzzers found interesting (`fuzz/regressions/<target>/`) through
//! the same entry points the fuzz targets call (`docgen::fuzzing`): each once made docgen
//! panic, break an invariant or run too long, and must not again.

use std::path::Path;
use std::time::{Duration, Instant};

#[test]
fn saved_fuzz_inputs_pass_their_targets() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/regressions");
    let mut replayed = 0;
    for (target, run) in docgen::fuzzing::TARGETS {
        let folder = root.join(target);
        let mut inputs: Vec<_> = std::fs::read_dir(&folder)
            .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().is_some_and(|n| n != ".gitkeep"))
            .collect();
        inputs.sort();
        for input in inputs {
            let data = std::fs::read(&input).unwrap();
            let start = Instant::now();
            let outcome = std::panic::catch_unwind(|| run(&data));
            assert!(outcome.is_ok(), "{target}: {} fails", input.display());
            // the fuzzers' limit is 1 s an input in an optimised build; a debug build
            // gets ten times that
            let took = start.elapsed();
            assert!(
                took < Duration::from_secs(10),
                "{target}: {} took {took:?}",
                input.display()
            );
            replayed += 1;
        }
    }
    assert!(replayed > 0, "no saved inputs under {}", root.display());
}
