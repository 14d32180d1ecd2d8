// First build: all three goals ran and wrote their outputs: a SARIF report, the coverage report, and for each
// audience an edition in its own folder with HTML and Markdown and no other format.
// Second build (same plans): each goal logged that it skipped.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/alliance')
assert new File(out, 'validation.sarif').text.contains('"version"') : 'no SARIF report'
assert new File(out, 'coverage.txt').isFile() : 'no coverage report'
['japan', 'both'].each { audience ->
    def edition = new File(out, audience)
    assert edition.isDirectory() : "no edition for ${audience}"
    def names = []
    edition.eachFileRecurse { if (it.isFile()) names << it.name }
    assert names.any { it.endsWith('.html') } && names.any { it.endsWith('.md') } : "${audience}: ${names}"
    assert !names.any { it.endsWith('.pdf') || it.endsWith('.docx') || it.endsWith('.xlsx') } : "${audience}: formats not asked for: ${names}"
}
assert !new File(out, 'united-states').exists()
['validate', 'generate', 'coverage'].each { goal ->
    assert log.contains("Plans unchanged since the last alliance:${goal}; skipped") : "alliance:${goal} did not skip"
}
return true
