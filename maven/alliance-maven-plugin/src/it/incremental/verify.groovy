// First build: all three goals ran and wrote their outputs (a SARIF report among them).
// Second build (same plans): each goal logged that it skipped.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/alliance')
assert new File(out, 'validation.sarif').text.contains('"version"') : 'no SARIF report'
assert new File(out, 'coverage.txt').isFile() : 'no coverage report'
assert out.listFiles().any { it.name.startsWith('AirDefense') } : 'nothing generated for the plan AirDefense'
['validate', 'generate', 'coverage'].each { goal ->
    assert log.contains("Plans unchanged since the last alliance:${goal}; skipped") : "alliance:${goal} did not skip"
}
return true
